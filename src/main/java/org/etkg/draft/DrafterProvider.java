package org.etkg.draft;

import java.util.ServiceLoader;

import org.etkg.EtkgException;

/**
 * Where a {@link Drafter} comes from. The drafter built on Stanford CoreNLP lives in its own jar
 * (target/etkg-draft.jar, GPL-3.0-or-later, as CoreNLP is) and is found through
 * {@link ServiceLoader}, so that etkg.jar stays Apache-2.0 and its commands start as fast as before.
 */
public interface DrafterProvider {

    /** A short name for messages, such as "Stanford CoreNLP 4.5.10". */
    String name();

    /** Loads the models; slow (seconds), done once for many articles. */
    Drafter open();

    /** The drafter on the class path, or a message that says how to get one. */
    static DrafterProvider find() {
        return ServiceLoader.load(DrafterProvider.class).findFirst().orElseThrow(() -> new EtkgException(
                "etkg draft needs the drafting module, which is not on the class path: build it with "
                        + "'mvn -q -DskipTests package' and run './etkg draft' (or 'java -jar target/etkg-draft.jar draft')"));
    }
}
