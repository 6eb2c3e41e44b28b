package no.samspill.core.digest;

import java.util.List;

/**
 * Port: shortens the week's lessons to a few, without near-duplicates. Receives masked text only.
 */
public interface Summariser {
  /** At most {@code max} short lessons, in the order of the input's importance. */
  List<String> summarise(List<String> lessons, int max);
}
