package no.samspill.core.privacy;

import java.time.Clock;
import java.util.Optional;
import no.samspill.core.digest.DigestPosts;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Reflection;
import no.samspill.core.reflection.ReflectionId;
import no.samspill.core.reflection.ReflectionStatus;
import no.samspill.core.reflection.Reflections;
import no.samspill.core.reflection.ShareChoice;

/**
 * Use case: a leader changes who may see one of their finished reflections. The next digest reads
 * the new choice; a lesson that no longer carries the name leaves the archive's named lines.
 */
public class ChangeShare {

  /** What became of the change. */
  public enum Outcome {
    CHANGED,
    /** It already had that choice; nothing was written. */
    UNCHANGED,
    /** Not finished yet: the choice is made at the end of the flow. */
    NOT_FINISHED,
    /** No such reflection of this leader (deleted, never theirs, or never there). */
    NOT_FOUND
  }

  private final Reflections reflections;
  private final ArchiveErasure archive;
  private final AuditLog audit;
  private final Clock clock;

  public ChangeShare(Reflections reflections, DigestPosts digests, AuditLog audit, Clock clock) {
    this.reflections = reflections;
    this.archive = new ArchiveErasure(digests);
    this.audit = audit;
    this.clock = clock;
  }

  public Outcome change(Leader leader, ReflectionId id, ShareChoice share) {
    Optional<Reflection> found = reflections.findOwn(leader.id(), id);
    if (found.isEmpty()) {
      return Outcome.NOT_FOUND;
    }
    Reflection reflection = found.get();
    if (reflection.status() != ReflectionStatus.COMPLETED) {
      return Outcome.NOT_FINISHED;
    }
    if (reflection.share() == share) {
      return Outcome.UNCHANGED;
    }
    reflections.save(reflection.sharedAs(share, clock.instant()));
    if (reflection.share() == ShareChoice.NAMED) {
      archive.eraseLessonsOf(leader, reflection);
    }
    // Who changed whose choice, never what the reflection says.
    audit.record(AuditEntry.own(leader, AuditEntry.SHARE_CHANGE, clock.instant()));
    return Outcome.CHANGED;
  }
}
