package no.samspill.app.inbound;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One app under load in a JVM of its own, so its garbage and threads do not touch the others'. It
 * prints {@code port N} when it listens and stops when its standard input closes.
 */
final class ChildApp implements AutoCloseable {

  static final String READY = "port ";

  private final Process process;
  final String name;
  final int port;

  private ChildApp(String name, Process process, int port) {
    this.name = name;
    this.process = process;
    this.port = port;
  }

  /** Starts {@code main} with the benchmark's own class path; its log goes to {@code log}. */
  static ChildApp start(String name, Class<?> main, List<String> jvm, Path log, String... args)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvm);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    command.addAll(Arrays.asList(args));
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith(READY)) {
        drain(name, out);
        return new ChildApp(name, process, Integer.parseInt(line.substring(READY.length())));
      }
    }
    throw new IOException(name + " stopped before it listened; see its log " + log);
  }

  /** Run by a child once it listens: tells the parent its port, then waits for the parent. */
  static void listening(int port) throws IOException {
    System.out.println(READY + port);
    System.out.flush();
    while (System.in.read() != -1) {
      // The parent never writes; end of input means it is done (or gone).
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  private static void drain(String name, BufferedReader out) {
    Thread thread =
        new Thread(
            () -> {
              try {
                while (out.readLine() != null) {
                  // Its log is on stderr; stdout only said where it listens.
                }
              } catch (IOException e) {
                // The child is gone.
              }
            },
            name + "-stdout");
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void close() throws IOException, InterruptedException {
    try (OutputStream in = process.getOutputStream()) {
      in.flush();
    }
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }
}
