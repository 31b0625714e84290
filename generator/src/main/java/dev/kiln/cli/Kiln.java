package dev.kiln.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code kiln}: the command line. Subcommands do the work; this one only dispatches. */
@Command(name = "kiln", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static report and knowledge site from Markdown, with live demos.",
        subcommands = {NewCommand.class, BuildCommand.class, ServeCommand.class, PdfCommand.class, CommandLine.HelpCommand.class})
public final class Kiln implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code: 0 ok, 1 problems in the input, 2 bad usage. */
    public static int run(String... args) {
        return new CommandLine(new Kiln()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try `kiln new mysite`, `kiln build` or `kiln serve`");
    }
}
