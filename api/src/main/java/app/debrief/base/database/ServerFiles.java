package app.debrief.base.database;

import java.nio.file.Path;

/** Where the embedded server keeps each of its files, under one home directory. */
record ServerFiles(Path home, String serverVersion) {

    Path binaries() {
        return home.resolve("mariadb-" + serverVersion);
    }

    Path data() {
        return home.resolve("mariadb");
    }

    Path tmp() {
        return home.resolve("mariadb-tmp");
    }

    Path socket() {
        return home.resolve("mariadb.sock");
    }

    Path pid() {
        return home.resolve("mariadb.pid");
    }

    Path credentials() {
        return home.resolve("db-credentials.properties");
    }
}
