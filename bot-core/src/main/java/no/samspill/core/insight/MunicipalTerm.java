package no.samspill.core.insight;

import java.time.LocalDate;
import java.time.Month;

/**
 * A Norwegian municipal council's four-year term: elected in September, it takes office on 1
 * October of the election year (2023, 2027, …) and sits until 30 September four years later.
 */
public record MunicipalTerm(int electionYear) {

  /** An election year all others are four years apart from. */
  static final int KNOWN_ELECTION = 2023;

  public MunicipalTerm {
    if (Math.floorMod(electionYear - KNOWN_ELECTION, 4) != 0) {
      throw new IllegalArgumentException("Not a municipal election year: " + electionYear);
    }
  }

  /** The term that sits on the given day. */
  public static MunicipalTerm containing(LocalDate day) {
    int year = day.getMonthValue() >= Month.OCTOBER.getValue() ? day.getYear() : day.getYear() - 1;
    return new MunicipalTerm(year - Math.floorMod(year - KNOWN_ELECTION, 4));
  }

  /** The first day of the term. */
  public LocalDate start() {
    return LocalDate.of(electionYear, Month.OCTOBER, 1);
  }

  /** The day after the term's last day: the next term's first. */
  public LocalDate end() {
    return start().plusYears(4);
  }

  /** "2023–2027". */
  public String label() {
    return electionYear + "–" + (electionYear + 4);
  }
}
