package org.etkg.store;

import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The state of a store a transaction sees: TDB2 counts every committed write, so two
 * transactions with equal versions see the same data. A view kept in memory (the timeline
 * of a served store) is valid exactly while the version it was built from is current.
 *
 * @param storage the storage the version counts for (compaction starts a new one)
 */
public record StoreVersion(Object storage, long version) {
    /** The version the calling thread's transaction on {@code dsg} sees. */
    public static StoreVersion of(DatasetGraph dsg) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        if (tdb == null) {
            throw new IllegalArgumentException("not a TDB2 dataset");
        }
        Transaction txn = tdb.getTxnSystem().getThreadTransaction();
        if (txn == null) {
            throw new IllegalStateException("a store version is read inside a transaction");
        }
        return new StoreVersion(tdb, txn.getDataVersion());
    }
}
