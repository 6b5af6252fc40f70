package org.cepheus.ui;

import javafx.scene.control.Alert;
import javafx.stage.Window;

/** Version and credits. */
final class AboutDialog {
    private AboutDialog() { }

    static void show(Window owner) {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        Alert a = new Alert(Alert.AlertType.INFORMATION);
        a.initOwner(owner);
        a.setTitle("About Cepheus");
        a.setHeaderText("Cepheus " + (v == null ? "dev" : v));
        a.setContentText("Classify variable-star light curves with deep networks.\n"
                + "After Bassi, Sharma & Gomekar 2021. Sample data: CRTS (Drake et al. 2014), "
                + "OGLE-IV (Soszyński et al. 2015).");
        a.show();
    }
}
