package org.cepheus.service;

/** Thrown inside a job when its caller cancelled it. */
public class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
