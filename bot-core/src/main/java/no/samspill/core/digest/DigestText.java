package no.samspill.core.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import no.samspill.core.catalogue.Measure;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.catalogue.PromptOption;
import no.samspill.core.catalogue.Theme;
import no.samspill.core.language.Language;
import no.samspill.core.language.Messages;

/** The digest as a reader sees it: a title and sections of short lines, in one language. */
public final class DigestText {

  public record Section(String heading, List<String> lines) {}

  public record Rendered(String title, List<Section> sections) {
    /** Plain text with the headings on their own lines, for channels without rich layout. */
    public String asText() {
      StringBuilder out = new StringBuilder();
      for (Section section : sections) {
        if (out.length() > 0) {
          out.append("\n\n");
        }
        if (section.heading() != null) {
          out.append(section.heading()).append('\n');
        }
        out.append(String.join("\n", section.lines()));
      }
      return out.toString();
    }
  }

  private final PromptCatalogue catalogue;
  private final java.time.ZoneId zone;

  public DigestText(PromptCatalogue catalogue) {
    this(catalogue, java.time.ZoneId.of("Europe/Oslo"));
  }

  public DigestText(PromptCatalogue catalogue, java.time.ZoneId zone) {
    this.catalogue = catalogue;
    this.zone = zone;
  }

  public Rendered render(Digest digest, Language l) {
    String title = Messages.get(l, "digest.title", digest.week().week());
    List<Section> sections = new ArrayList<>();
    if (digest.tooLittleToSay()) {
      sections.add(new Section(null, List.of(Messages.get(l, "digest.toolittle"))));
      return new Rendered(title, sections);
    }
    sections.add(
        new Section(null, List.of(Messages.get(l, "digest.intro", digest.anonymityThreshold()))));
    digest.lessons().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e ->
                sections.add(
                    new Section(
                        Messages.get(l, "digest.lessons") + " – " + theme(e.getKey(), l),
                        e.getValue().stream()
                            .map(
                                lesson -> "• " + lesson.text() + " (" + lesson.attribution(l) + ")")
                            .toList())));
    List<String> patterns = patterns(digest, l);
    if (!patterns.isEmpty()) {
      sections.add(new Section(Messages.get(l, "digest.patterns"), patterns));
    }
    if (!digest.pairings().isEmpty()) {
      java.time.format.DateTimeFormatter date =
          java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.SHORT)
              .withLocale(l.locale());
      sections.add(
          new Section(
              Messages.get(l, "digest.pairing"),
              digest.pairings().stream()
                  .map(
                      p ->
                          Messages.get(
                              l,
                              "digest.pairing.line",
                              p.leader(),
                              p.otherLeader(),
                              p.body(),
                              date.format(p.meeting().atZone(zone))))
                  .toList()));
    }
    if (digest.nextStepLesson() != null) {
      sections.add(
          new Section(
              Messages.get(l, "digest.nextstep"),
              List.of(Messages.get(l, "digest.nextstep.question", digest.nextStepLesson()))));
    }
    return new Rendered(title, sections);
  }

  private List<String> patterns(Digest digest, Language l) {
    List<String> lines = new ArrayList<>();
    if (digest.conflict() != null) {
      lines.add(Messages.get(l, "digest.conflict", digest.conflict().people()));
      for (Map.Entry<String, String> mode : conflictModes(l).entrySet()) {
        int planned = digest.conflict().planned().getOrDefault(mode.getKey(), 0);
        int used = digest.conflict().used().getOrDefault(mode.getKey(), 0);
        if (planned + used > 0) {
          lines.add(Messages.get(l, "digest.conflict.line", mode.getValue(), planned, used));
        }
      }
    }
    if (digest.trust() != null) {
      Digest.TrustPattern t = digest.trust();
      String line =
          Messages.get(l, "digest.trust", decimal(t.average(), l), t.answers(), t.people());
      if (t.previousAverage() != null) {
        line += Messages.get(l, "digest.trust.previous", decimal(t.previousAverage(), l));
      }
      lines.add(line);
    }
    if (digest.lessonsUsed() != null) {
      Digest.LessonsUsed u = digest.lessonsUsed();
      lines.add(Messages.get(l, "digest.used", u.yes(), u.partly(), u.notYet(), u.people()));
    }
    if (digest.participation() != null) {
      Digest.Participation p = digest.participation();
      String line = Messages.get(l, "digest.participation", p.nudgesSent(), p.shared(), p.people());
      if (p.previousShared() != null) {
        line += Messages.get(l, "digest.participation.previous", p.previousShared());
      }
      lines.add(line);
    }
    return lines;
  }

  /** The five conflict modes' labels, from the catalogue so they match what leaders answered. */
  public Map<String, String> conflictModes(Language l) {
    Map<String, String> modes = new LinkedHashMap<>();
    catalogue.flows().stream()
        .flatMap(f -> f.prompts().stream())
        .filter(
            p -> p.measure() == Measure.CONFLICT_PLANNED || p.measure() == Measure.CONFLICT_USED)
        .flatMap(p -> p.options().stream())
        .forEach(o -> modes.putIfAbsent(o.id(), label(o, l)));
    return modes;
  }

  /** All mode ids seen in the digest's counts, in catalogue order. */
  public List<String> modesIn(Digest.ConflictPattern pattern, Language l) {
    TreeSet<String> seen = new TreeSet<>(pattern.planned().keySet());
    seen.addAll(pattern.used().keySet());
    return conflictModes(l).keySet().stream().filter(seen::contains).toList();
  }

  private static String label(PromptOption option, Language l) {
    return option.label().in(l);
  }

  private static String theme(Theme theme, Language l) {
    return Messages.get(l, "digest.theme." + theme.name().toLowerCase(Locale.ROOT));
  }

  private static String decimal(double value, Language l) {
    return String.format(l.locale(), "%.1f", value);
  }
}
