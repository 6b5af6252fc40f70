package org.cepheus.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Each face names its own remedy: the command line an option, the workbench a control. */
class UserMessagesTest {
    @Test
    void aRemedyIsWordedForTheFaceThatShowsIt() {
        Remedy r = new Remedy("none of the model's 12 test stars are in this catalog", "use --split all",
                "choose 'all labelled stars' beside the Evaluate button");
        Throwable wrapped = new ExecutionException(new RuntimeException("job failed", r));
        assertEquals("none of the model's 12 test stars are in this catalog; use --split all",
                UserMessages.forCommandLine(wrapped));
        assertEquals("none of the model's 12 test stars are in this catalog; choose 'all labelled stars' beside the Evaluate button",
                UserMessages.forWorkbench(wrapped));
        IllegalStateException plain = new IllegalStateException("disk full");
        assertEquals("disk full", UserMessages.forWorkbench(plain));
        assertEquals("disk full", UserMessages.forCommandLine(plain));
    }

    @Test
    void aProgrammingErrorIsNamedNotShownAsABareNumber() {
        assertEquals("internal error (NegativeArraySizeException: -294967296); this is a Cepheus bug, please report it"
                + " with the command and the file", UserMessages.of(new NegativeArraySizeException("-294967296")));
        assertEquals("internal error (NullPointerException); this is a Cepheus bug, please report it with the command"
                + " and the file", UserMessages.of(new NullPointerException()));
    }
}
