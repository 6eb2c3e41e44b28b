package no.samspill.adapter.scheduling;

import no.samspill.core.publishing.PostWeeklyDigest;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Posts each tenant's weekly digest once its digest time has come (default Friday 13:00). */
@DisallowConcurrentExecution
class PostDigestJob implements Job {

  private static final Logger log = LoggerFactory.getLogger(PostDigestJob.class);

  private final PostWeeklyDigest postWeeklyDigest;

  PostDigestJob(PostWeeklyDigest postWeeklyDigest) {
    this.postWeeklyDigest = postWeeklyDigest;
  }

  @Override
  public void execute(JobExecutionContext context) {
    try {
      int posted = postWeeklyDigest.postDue();
      if (posted > 0) {
        log.info("Posted {} weekly digests", posted);
      }
    } catch (RuntimeException e) {
      log.error("Posting weekly digests failed; the next run tries again", e);
    }
  }
}
