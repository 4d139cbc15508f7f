package dev.mmsys.modem;

/** What ATI says about the module; fields the firmware did not print are "". */
public record ModemIdentity(String manufacturer, String model, String revision, String imei) {

    static ModemIdentity parse(AtResponse ati) {
        String man = "";
        String model = "";
        String rev = "";
        String imei = "";
        for (String l : ati.lines()) {
            if (l.startsWith("Manufacturer:")) {
                man = l.substring(13).strip();
            } else if (l.startsWith("Model:")) {
                model = l.substring(6).strip();
            } else if (l.startsWith("Revision:")) {
                rev = l.substring(9).strip();
            } else if (l.startsWith("IMEI:")) {
                imei = l.substring(5).strip();
            }
        }
        return new ModemIdentity(man, model, rev, imei);
    }

    @Override
    public String toString() {
        return (manufacturer + " " + model + " " + revision).strip();
    }
}
