package org.cepheus.cli;

import picocli.CommandLine;

/** Version from the jar manifest (or "dev" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CepheusCommand.class.getPackage().getImplementationVersion();
        return new String[]{"cepheus " + (v == null ? "dev" : v)};
    }
}
