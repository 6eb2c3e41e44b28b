package no.samspill.app.inbound;

import jakarta.servlet.http.HttpServlet;
import java.nio.file.Files;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;

/** The bare apps' web server: Tomcat with its defaults, as under Samspill, and one servlet. */
final class BareTomcat {

  private BareTomcat() {}

  /** Serves {@code servlet} at {@code path} on a free port and returns the port. */
  static int serve(String path, HttpServlet servlet)
      throws LifecycleException, java.io.IOException {
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(Files.createTempDirectory("bare-tomcat").toString());
    tomcat.setPort(0);
    Context context = tomcat.addContext("", null);
    Tomcat.addServlet(context, "app", servlet);
    context.addServletMappingDecoded(path, "app");
    tomcat.getConnector();
    tomcat.start();
    return tomcat.getConnector().getLocalPort();
  }
}
