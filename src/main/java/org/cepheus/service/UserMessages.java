package org.cepheus.service;

import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one line a user reads instead of a stack trace. */
public final class UserMessages {
    private UserMessages() { }

    public static String of(Throwable ex) {
        Throwable t = ex;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.util.concurrent.ExecutionException)) {
            t = t.getCause();
        }
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof AccessDeniedException) return "cannot read: " + t.getMessage();
        String msg = t.getMessage();
        if (isProgrammingError(t)) {
            // a bare "-294967296" or "Index 1 out of bounds" tells a user nothing: say what it is
            return "internal error (" + t.getClass().getSimpleName() + (msg == null ? "" : ": " + msg)
                    + "); this is a Cepheus bug, please report it with the command and the file";
        }
        return msg == null || msg.isBlank() ? t.getClass().getSimpleName() : msg;
    }

    private static boolean isProgrammingError(Throwable t) {
        return t instanceof NullPointerException || t instanceof IndexOutOfBoundsException
                || t instanceof NegativeArraySizeException || t instanceof ClassCastException
                || t instanceof ArithmeticException || t instanceof ArrayStoreException;
    }

    /** The line for the command line: a {@link Remedy} names the option to use. */
    public static String forCommandLine(Throwable ex) {
        Remedy r = remedy(ex);
        return r != null ? r.onCommandLine() : of(ex);
    }

    /** The line for the workbench: a {@link Remedy} names the control to use. */
    public static String forWorkbench(Throwable ex) {
        Remedy r = remedy(ex);
        return r != null ? r.inWorkbench() : of(ex);
    }

    private static Remedy remedy(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) if (t instanceof Remedy r) return r;
        return null;
    }

    /** Explains a failure to start ND4J's native backend, whatever the build. */
    public static String ofBackendFailure(Throwable e) {
        String detail = of(e);
        boolean cuda = detail.contains("cuda") || detail.contains("Cublas") || detail.contains("nd4j backend")
                && isCudaBuild();
        if (cuda || isCudaBuild()) {
            return "the ND4J CUDA backend could not start (" + detail + "). This is the GPU build (mvn -Pcuda): it needs an "
                    + "NVIDIA GPU with a driver for CUDA 11.6 and cuDNN 8.3 (see README, GPU). On machines without one, "
                    + "use the standard CPU build: mvn package";
        }
        return "the ND4J native backend could not start (" + detail + "); the CPU build needs Linux x86-64";
    }

    private static boolean isCudaBuild() {
        try {
            Class.forName("org.nd4j.linalg.jcublas.JCublasBackend", false, UserMessages.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
