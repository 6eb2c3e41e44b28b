package no.samspill.core.delivery;

import java.util.Objects;

/** A message for a shared channel (the weekly digest): title, text, and optionally a PNG image. */
public record ChannelPost(String title, String text, byte[] imagePng, String imageAltText) {

  public ChannelPost {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  public boolean hasImage() {
    return imagePng != null && imagePng.length > 0;
  }
}
