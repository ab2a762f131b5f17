package org.etkg.cli;

import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version from the build, and the Jena it runs on. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("etkg/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {
            "etkg " + p.getProperty("version", "unknown"),
            "Apache Jena " + p.getProperty("jena", "unknown") + ", Java " + System.getProperty("java.version")
        };
    }
}
