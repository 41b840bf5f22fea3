package org.coopstats.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data directory, held for the life of the JVM, so that a second
 * service started on the same directory stops at once with a plain message instead of
 * fighting the first one's MariaDB for its files.
 */
final class DataDirectoryLock {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path dataDir) {
        Path lockFile = dataDir.resolve("coopstats.lock");
        try {
            Files.createDirectories(dataDir);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException alreadyHeldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StartupRefusedException("another coopstats is already running on the data directory "
                        + dataDir.toAbsolutePath() + ". Stop it first, or give this one its own directory with COOPSTATS_DATA_DIR.");
            }
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            throw new StartupRefusedException("cannot use the data directory " + dataDir.toAbsolutePath()
                    + " (" + e.getMessage() + "). Check that it exists and is writable, or set COOPSTATS_DATA_DIR.", e);
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the operating system drops the lock anyway
        }
    }
}
