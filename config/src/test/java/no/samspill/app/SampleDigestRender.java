package no.samspill.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import no.samspill.core.catalogue.PromptCatalogue;
import no.samspill.core.delivery.ChannelPost;
import no.samspill.core.digest.ComposeWeeklyDigest;
import no.samspill.core.digest.Digest;
import no.samspill.core.digest.DigestWeek;
import no.samspill.core.digest.KnownPoliticians;
import no.samspill.core.digest.Summariser;
import no.samspill.core.directory.LeaderId;
import no.samspill.core.directory.Leaders;
import no.samspill.core.directory.Tenant;
import no.samspill.core.directory.Tenants;
import no.samspill.core.language.Language;
import no.samspill.core.publishing.PostWeeklyDigest;
import no.samspill.core.reflection.Answer;
import no.samspill.core.reflection.Phase;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.Nudges;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test: renders the digest the sample municipality would get after a week of shared
 * reflections, to docs/sample-digest.html and docs/sample-digest-chart.png. Run by hand.
 */
public final class SampleDigestRender {

  private SampleDigestRender() {}

  public static void main(String[] args) throws Exception {
    Path docs = Path.of(args.length > 0 ? args[0] : "docs");
    Files.createDirectories(docs);
    Path dir = Files.createTempDirectory("samspill-sample-digest");
    try (ConfigurableApplicationContext app =
        TestApp.start(
            dir.resolve("s.mv"), TestApp.newDatabase(), "samspill.scheduling.enabled=false")) {
      Instant monday = DigestWeek.containing(Instant.now(), SampleData.OSLO_ZONE).start();
      Reflections reflections = app.getBean(Reflections.class);
      shareSampleWeek(reflections, monday);
      Tenant tenant = app.getBean(Tenants.class).findById(SampleData.TENANT).orElseThrow();
      Digest digest =
          new ComposeWeeklyDigest(
                  reflections,
                  app.getBean(Leaders.class),
                  app.getBean(Nudges.class),
                  app.getBean(no.samspill.core.schedule.SchedulePolicies.class),
                  app.getBean(KnownPoliticians.class),
                  app.getBean(PromptCatalogue.class),
                  app.getBean(Summariser.class))
              .compose(tenant, DigestWeek.containing(monday, SampleData.OSLO_ZONE));
      ChannelPost post = app.getBean(PostWeeklyDigest.class).post(digest, Language.NB);
      Files.write(docs.resolve("sample-digest-chart.png"), post.imagePng());
      Files.writeString(docs.resolve("sample-digest.html"), html(post));
    }
  }

  /** Four leaders share their lessons, with trust and conflict answers, in the week of Monday. */
  public static void shareSampleWeek(Reflections reflections, Instant monday) {
    share(
        reflections,
        SampleData.TENANT,
        SampleData.KARI,
        ShareChoice.NAMED,
        monday.plus(Duration.ofHours(30)),
        "Jeg sendte et kort notat til gruppelederne en uke før. Det ga færre overraskelser i møtet.",
        4,
        "compromising",
        "collaborating");
    share(
        reflections,
        SampleData.TENANT,
        SampleData.OLA,
        ShareChoice.ANONYMOUS,
        monday.plus(Duration.ofHours(50)),
        "Ola Nordmann var kritisk, men faktaarket om barnetall tok brodden av uenigheten.",
        3,
        "competing",
        "collaborating");
    share(
        reflections,
        SampleData.TENANT,
        SampleData.INGRID,
        ShareChoice.ANONYMOUS,
        monday.plus(Duration.ofHours(52)),
        "Be about the professional advice and leave the political choice to the politicians.",
        5,
        "collaborating",
        "collaborating");
    share(
        reflections,
        SampleData.TENANT,
        SampleData.PER,
        ShareChoice.ANONYMOUS,
        monday.plus(Duration.ofHours(76)),
        "Si tidlig fra når tallene endrer seg – det bygger tillit til neste sak.",
        4,
        "avoiding",
        "accommodating");
  }

  /** One finished reflection after a meeting: trust, the approach planned and used, a lesson. */
  static void share(
      Reflections reflections,
      no.samspill.core.directory.TenantId tenant,
      LeaderId leader,
      ShareChoice share,
      Instant at,
      String lesson,
      int trust,
      String planned,
      String used) {
    Reflection started =
        reflections.save(
            Reflection.start(tenant, leader, Phase.POST, "post", 1, null, null, "x", at));
    Reflection answered =
        reflections.save(
            started.answered(
                Answer.option("pre.approach", "CONFLICT_PLANNED", planned, at), "y", at));
    answered =
        reflections.save(
            answered.answered(Answer.scale("post.trust", "TRUST_CHANGE", trust, at), "z", at));
    answered =
        reflections.save(
            answered.answered(Answer.option("post.approach", "CONFLICT_USED", used, at), "w", at));
    reflections.save(
        answered.completed(Answer.text("post.lesson", "LESSON", lesson, at), share, at));
  }

  private static String html(ChannelPost post) {
    String body = escape(post.text()).replace("\n\n", "</p><p>").replace("\n", "<br>");
    return """
        <!doctype html>
        <html lang="nb"><head><meta charset="utf-8"><title>%s</title>
        <style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;line-height:1.5;color:#1b2733}
        h1{font-size:1.4rem}img{max-width:100%%;border:1px solid #dde3ea}</style></head>
        <body><h1>%s</h1><p>%s</p><img src="sample-digest-chart.png" alt="%s"></body></html>
        """
        .formatted(escape(post.title()), escape(post.title()), body, escape(post.imageAltText()));
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
