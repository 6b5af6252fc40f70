package org.cepheus.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;
import javafx.util.Duration;
import org.cepheus.service.UserMessages;
import org.controlsfx.control.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the workbench tells the user something went wrong: a dialog or a passing notification with
 * the one-line message. Stack traces go to the log only, never on screen.
 */
public final class ErrorReporter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private Window owner;
    private String lastMessage;

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** A modal-less error dialog: title plus the user message of the exception. */
    public void error(String title, Throwable ex) {
        LOG.debug(title, ex);
        show(title, UserMessages.forWorkbench(ex));
    }

    public void show(String title, String message) {
        lastMessage = title + ": " + message;
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(title);
        alert.setTitle("Cepheus");
        if (owner != null) alert.initOwner(owner);
        alert.show();
    }

    /** A notification that fades away by itself (for things the user may ignore). */
    public void notify(String title, String message) {
        lastMessage = title + ": " + message;
        if (owner == null) return;
        // a long message wraps inside the window; as plain text the popup grew wider than the
        // window and lost its start off the left edge ("ormat, first line ...")
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setId("notificationText");
        text.setWrapText(true);
        double width = Math.max(240, Math.min(520, owner.getWidth() - 80));
        text.setMaxWidth(width);
        text.setPrefWidth(width);
        // the popup is placed by its height before the label is laid out at its width, so give
        // the label its wrapped height now (else the last lines hang below the window)
        javafx.scene.text.Text probe = new javafx.scene.text.Text(message);
        // ControlsFX's notificationpopup.css sets its labels at 1.166667em
        probe.setFont(javafx.scene.text.Font.font(text.getFont().getFamily(), text.getFont().getSize() * 7 / 6));
        probe.setWrappingWidth(width - 4);
        double height = Math.ceil(probe.getLayoutBounds().getHeight()) + 6;
        text.setMinHeight(height);
        text.setPrefHeight(height);
        Notifications.create().owner(owner).title(title).graphic(text)
                .hideAfter(Duration.seconds(6)).show();
    }

    /** The last message shown, for tests and the status bar. */
    public String lastMessage() {
        return lastMessage;
    }
}
