package jp.popvision.app;

import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import jp.popvision.io.InputException;

/**
 * Work started on a daemon thread of its own and joined where its result is needed, so that a run
 * uses the machine's second core while its main thread goes on (issue 15: the national tables are
 * read while the scenario's area is looked up, the charts drawn while the tables are encoded).
 */
final class Background {
  private Background() {}

  /** Starts {@code work} on a daemon thread named {@code name}. */
  static <T> FutureTask<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread t = new Thread(task, name);
    t.setDaemon(true);
    t.start();
    return task;
  }

  /** The result of {@code task}, waiting for it; its exception as thrown there. */
  static <T> T join(FutureTask<T> task) throws InputException, IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + task, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InputException ie) {
        throw ie;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("background work failed", cause);
    }
  }
}
