package no.samspill.adapter.web;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The pick-any-leader demo is on when {@code samspill.web.demo} says so explicitly, or when a
 * profile asks for it by default and no real chat platform is configured: with Slack or Teams
 * credentials present, real leaders' data must not be one click away.
 */
class DemoModeCondition extends SpringBootCondition {

  @Override
  public ConditionOutcome getMatchOutcome(
      ConditionContext context, AnnotatedTypeMetadata metadata) {
    Environment env = context.getEnvironment();
    String explicit = env.getProperty("samspill.web.demo");
    if (explicit != null && !explicit.isBlank()) {
      return Boolean.parseBoolean(explicit.trim())
          ? ConditionOutcome.match("samspill.web.demo=true")
          : ConditionOutcome.noMatch("samspill.web.demo=false");
    }
    if (!env.getProperty("samspill.web.demo-by-default", Boolean.class, false)) {
      return ConditionOutcome.noMatch("demo not asked for");
    }
    if (chatPlatformConfigured(env)) {
      return ConditionOutcome.noMatch("Slack or Teams is configured and SAMSPILL_WEB_DEMO unset");
    }
    return ConditionOutcome.match("demo by default, no chat platform configured");
  }

  private static boolean chatPlatformConfigured(Environment env) {
    return set(env, "samspill.slack.bot-token")
        || (set(env, "samspill.slack.client-id") && set(env, "samspill.slack.client-secret"))
        || set(env, "samspill.teams.app-id");
  }

  private static boolean set(Environment env, String name) {
    String value = env.getProperty(name);
    return value != null && !value.isBlank();
  }
}
