package dev.mmsys.sms;

/** A PDU that carries a short message: an SMS-SUBMIT (to {@link #address()}) or an SMS-DELIVER (from it). */
public sealed interface UserDataPdu extends SmsPdu permits SmsSubmit, SmsDeliver {

    /** The other party: TP-DA of an SMS-SUBMIT, TP-OA of an SMS-DELIVER. */
    SmsAddress address();

    DataCodingScheme dcs();

    UserData userData();
}
