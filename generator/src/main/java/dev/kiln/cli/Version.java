package dev.kiln.cli;

import picocli.CommandLine;

/** Reads the version Maven wrote into the jar manifest. */
final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Kiln.class.getPackage().getImplementationVersion();
        return new String[] {"kiln " + (v == null ? "dev" : v)};
    }
}
