package dev.mmsys.doctor;

/** Progress while the doctor runs (a real modem may take a minute when nothing answers). */
public interface DoctorListener {

    DoctorListener NONE = new DoctorListener() {
    };

    /** A step finished. */
    default void checked(Check check) {
    }

    /** The configured way to the MMSC failed; other ways are tried now. */
    default void probingAlternatives() {
    }

    /** One other way was tried. */
    default void probed(PathProbe probe) {
    }
}
