package no.samspill.core.privacy;

import java.time.Clock;
import java.util.Optional;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;
import no.samspill.core.schedule.NudgeReasons;

/**
 * Use case: a leader deletes one of their reflections. Its named lessons leave the archived digests
 * and reminders about it are cancelled; the audit trail keeps only the fact.
 */
public class DeleteReflection {

  private final Reflections reflections;
  private final ArchiveErasure archive;
  private final NudgeReasons reasons;
  private final AuditLog audit;
  private final Clock clock;

  public DeleteReflection(
      Reflections reflections,
      DigestPosts digests,
      NudgeReasons reasons,
      AuditLog audit,
      Clock clock) {
    this.reflections = reflections;
    this.archive = new ArchiveErasure(digests);
    this.reasons = reasons;
    this.audit = audit;
    this.clock = clock;
  }

  /** False if the leader has no such reflection (already deleted, or someone else's). */
  public boolean delete(Leader leader, ReflectionId id) {
    Optional<Reflection> found = reflections.findOwn(leader.id(), id);
    if (found.isEmpty()) {
      return false;
    }
    expire(Optional.of(leader), found.get());
    audit.record(AuditEntry.own(leader, AuditEntry.DELETE_REFLECTION, clock.instant()));
    return true;
  }

  /**
   * Erases a reflection whose time is up (the retention purge) as a deletion would: it, its named
   * lines in the archive and its reminders; the purge audits its counts instead. Without the
   * author's profile no archived line can be told to be theirs.
   */
  public void expire(Optional<Leader> author, Reflection reflection) {
    reflections.delete(reflection.id());
    if (reflection.share() == ShareChoice.NAMED && author.isPresent()) {
      archive.eraseLessonsOf(author.get(), reflection);
    }
    reasons.reflectionDeleted(reflection);
  }
}
