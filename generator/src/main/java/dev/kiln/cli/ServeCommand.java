package dev.kiln.cli;

import dev.kiln.problem.BuildFailedException;
import dev.kiln.serve.DevServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code kiln serve}: build, serve, watch, rebuild what changed, reload open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Builds the site into memory, serves it, and rebuilds what each edit affects; open pages reload by themselves.",
                "A broken edit never stops the server: pages show the problems over the last good build."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"130:stopped with Ctrl-C (the shell's code for SIGINT; 143 for SIGTERM)", "2:wrong command-line usage",
                "1:the server could not start (port in use?)"})
public final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "N", description = "port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port = 8000;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Option(names = "--open", description = "open the site in the default browser")
    boolean open;

    @Option(names = {"-q", "--quiet"}, description = "print the address and problems only, not a line per rebuild")
    boolean quiet;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port must be from 0 to 65535, got " + port);
        }
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            err.println("warning: serving on " + host + ": other machines on the network can read this site (and its drafts)");
            err.flush();
        }
        try {
            site.check();
        } catch (BuildFailedException e) {
            e.problems().forEach(p -> err.println(p.format()));
            err.flush();
            return 1;
        }
        PrintWriter progress = quiet ? new PrintWriter(java.io.Writer.nullWriter()) : out;
        DevServer server = new DevServer(site.toBuildOptions(java.nio.file.Path.of("site")), site.verbose, progress, err);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            out.println("Stopped.");
            out.flush();
            stopped.countDown();
        }, "kiln-stop");
        try {
            server.start(host, port);
        } catch (java.io.IOException | RuntimeException e) {
            err.println("cannot serve on " + host + ":" + port + ": " + e.getMessage() + " (is another server using the port? try --port)");
            err.flush();
            server.close();
            return 1;
        }
        if (quiet) {
            out.println("Serving at " + server.address());
            out.flush();
        }
        Runtime.getRuntime().addShutdownHook(hook);
        if (open) Browsers.open(server.address(), out);
        stopped.await();
        return 0;
    }
}
