package no.samspill.adapter.mongo;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import java.util.Locale;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, except that a write's reply waits until the write is in the
 * data file. On its own MVStore commits about once a second in the background, so a killed process
 * lost the writes it had acknowledged in its last second.
 *
 * <p>"In the file" means handed to the operating system, whose page cache keeps it when only the
 * process dies (kill -9, out of memory, a JVM crash). A power cut or a kernel panic is survived
 * only with {@code fsync}, which forces the file to the disk before each reply.
 */
final class CommittingH2Backend extends IdFirstH2Backend {

  private static final Set<String> WRITES =
      Set.of(
          "insert",
          "update",
          "delete",
          "findandmodify",
          "bulkwrite",
          "create",
          "createindexes",
          "drop",
          "dropindexes",
          "dropdatabase",
          "renamecollection");

  private static final long NOTHING_STORED = -1;

  private final boolean fsync;

  CommittingH2Backend(String file, boolean fsync) {
    super(file);
    this.fsync = fsync;
  }

  /** Every command of a current driver arrives here (OP_MSG), its name as the first key. */
  @Override
  public Document handleMessage(MongoMessage message) {
    String command = message.getDocument().keySet().iterator().next();
    try {
      return super.handleMessage(message);
    } finally {
      // Also after a failed command: whatever it changed is already visible to other readers.
      if (WRITES.contains(command.toLowerCase(Locale.ROOT)) || getMvStore().hasUnsavedChanges()) {
        persist();
      }
    }
  }

  private void persist() {
    MVStore store = getMvStore();
    // A commit that stores something waits for the writes queued before it (one writer thread).
    if (store.commit() == NOTHING_STORED) {
      // A background commit may have taken this write and still be writing it: wait for that.
      store.executeFilestoreOperation(() -> {});
    }
    if (fsync) {
      store.sync();
    }
  }
}
