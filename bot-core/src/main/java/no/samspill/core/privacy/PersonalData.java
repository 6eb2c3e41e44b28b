package no.samspill.core.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.samspill.core.casework.PoliticalCase;
import no.samspill.core.directory.Leader;
import no.samspill.core.reflection.Reflection;

/**
 * Everything Samspill holds about one leader, as handed out on export. {@code questions} maps each
 * prompt id in the reflections to its text, so the export reads without the catalogue; {@code
 * lastActive} is when the leader last wrote or clicked anything (null if never).
 */
public record PersonalData(
    Instant exportedAt,
    Leader leader,
    Instant lastActive,
    List<PoliticalCase> cases,
    List<Reflection> reflections,
    Map<String, String> questions,
    List<AuditEntry> audit) {}
