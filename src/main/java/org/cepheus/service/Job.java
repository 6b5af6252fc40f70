package org.cepheus.service;

/**
 * A unit of long work (loading a catalog, a period search, training) with no JavaFX in it. The CLI
 * runs it with a console monitor; the GUI wraps it in a javafx.concurrent.Task.
 */
@FunctionalInterface
public interface Job<T> {
    T run(ProgressMonitor monitor) throws Exception;
}
