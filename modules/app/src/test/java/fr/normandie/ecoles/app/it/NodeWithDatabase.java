package fr.normandie.ecoles.app.it;

import java.net.URL;
import java.util.HashMap;
import java.util.Map;

/**
 * A node of its own ({@link Node}) on an empty database of its own ({@link NodesOfTheirOwn#recreateDatabase}), ready
 * to answer; closing it stops the node and drops the database. What a class that needs the build's WAR with settings
 * of its own (environment variables, as an operator sets them) starts before its tests and closes after them.
 */
record NodeWithDatabase(Node node, String databaseUrl) implements AutoCloseable {

    static NodeWithDatabase start(String name, String databaseSuffix, Map<String, String> settings) throws Exception {
        String databaseUrl = NodesOfTheirOwn.recreateDatabase(databaseSuffix);
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("DB_URL", databaseUrl);
        NodeWithDatabase started = new NodeWithDatabase(Node.start(name, environment), databaseUrl);
        try {
            started.node.awaitReady(NodesOfTheirOwn.READY_WITHIN);
        } catch (Exception | AssertionError notReady) {
            started.close();
            throw notReady;
        }
        return started;
    }

    URL base() throws Exception {
        return node.base();
    }

    @Override
    public void close() throws Exception {
        try {
            node.stop();
        } finally {
            NodesOfTheirOwn.dropDatabase(databaseUrl);
        }
    }
}
