package dev.mmsys.sms;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Writes PDUs in the modem's format: the SMSC address field, then the TPDU (TS 23.040 §9.2). Limits that the
 * wire imposes (160 septets, 140 octets of user data, 20 address digits) are checked here.
 */
public final class SmsPduEncoder {

    /** TP-UD holds at most 140 octets (160 septets). */
    public static final int MAX_USER_DATA_OCTETS = 140;
    public static final int MAX_USER_DATA_SEPTETS = 160;

    private SmsPduEncoder() {
    }

    public static byte[] encode(SmsPdu pdu) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(176);
        writeSmsc(out, pdu.smsc());
        if (pdu instanceof SmsSubmit s) {
            writeSubmit(out, s);
        } else if (pdu instanceof SmsDeliver d) {
            writeDeliver(out, d);
        } else {
            writeStatusReport(out, (SmsStatusReport) pdu);
        }
        return out.toByteArray();
    }

    public static String encodeHex(SmsPdu pdu) {
        return Hex.encode(encode(pdu));
    }

    /** The length AT+CMGS wants: octets of the TPDU, i.e. the PDU without its SMSC field. */
    public static int tpduLength(byte[] pdu) {
        return pdu.length - 1 - (pdu[0] & 0xFF);
    }

    private static void writeSubmit(ByteArrayOutputStream out, SmsSubmit s) {
        out.write(SmsPduType.SMS_SUBMIT.mti()
                | (s.rejectDuplicates() ? 0x04 : 0)
                | s.validity().format().bits() << 3
                | (s.statusReportRequest() ? 0x20 : 0)
                | (s.userData().header().isEmpty() ? 0 : 0x40)
                | (s.replyPath() ? 0x80 : 0));
        out.write(s.messageReference());
        writeAddress(out, s.destination());
        out.write(s.protocolId());
        out.write(s.dcs().value());
        ValidityPeriod vp = s.validity();
        switch (vp.format()) {
            case NONE -> { }
            case RELATIVE -> out.write(vp.relativeOctet());
            case ABSOLUTE -> SemiOctets.writeTimestamp(out, vp.absoluteTime());
            case ENHANCED -> out.writeBytes(vp.enhancedOctets());
        }
        writeUserData(out, s.dcs(), s.userData());
    }

    private static void writeDeliver(ByteArrayOutputStream out, SmsDeliver d) {
        out.write(SmsPduType.SMS_DELIVER.mti()
                | (d.moreMessagesToSend() ? 0 : 0x04)
                | (d.loopPrevention() ? 0x08 : 0)
                | (d.statusReportIndication() ? 0x20 : 0)
                | (d.userData().header().isEmpty() ? 0 : 0x40)
                | (d.replyPath() ? 0x80 : 0));
        writeAddress(out, d.originator());
        out.write(d.protocolId());
        out.write(d.dcs().value());
        SemiOctets.writeTimestamp(out, d.serviceCentreTimestamp());
        writeUserData(out, d.dcs(), d.userData());
    }

    private static void writeStatusReport(ByteArrayOutputStream out, SmsStatusReport r) {
        boolean udhi = r.userData().map(u -> !u.header().isEmpty()).orElse(false);
        out.write(SmsPduType.SMS_STATUS_REPORT.mti()
                | (r.moreMessagesToSend() ? 0 : 0x04)
                | (r.loopPrevention() ? 0x08 : 0)
                | (r.qualifierCommand() ? 0x20 : 0)
                | (udhi ? 0x40 : 0));
        out.write(r.messageReference());
        writeAddress(out, r.recipient());
        SemiOctets.writeTimestamp(out, r.serviceCentreTimestamp());
        SemiOctets.writeTimestamp(out, r.dischargeTime());
        out.write(r.status());
        int pi = (r.protocolId().isPresent() ? 1 : 0) | (r.dcs().isPresent() ? 2 : 0)
                | (r.userData().isPresent() ? 4 : 0);
        if (pi != 0) {
            out.write(pi);
            r.protocolId().ifPresent(out::write);
            r.dcs().ifPresent(d -> out.write(d.value()));
            r.userData().ifPresent(u -> writeUserData(out, r.dcs().orElseThrow(), u));
        }
    }

    /** The SMSC field: {@code 00}, or its octet count, type of address and BCD digits. */
    private static void writeSmsc(ByteArrayOutputStream out, Optional<SmsAddress> smsc) {
        if (smsc.isEmpty()) {
            out.write(0);
            return;
        }
        SmsAddress a = smsc.get();
        if (a.isAlphanumeric() || a.value().length() > SmsAddress.MAX_DIGITS) {
            throw new IllegalArgumentException("an SMSC address is at most 20 digits, not " + a);
        }
        byte[] digits = SemiOctets.packDigits(a.value());
        out.write(1 + digits.length);
        out.write(a.typeOfAddress());
        out.writeBytes(digits);
    }

    /** A TP address: its length in semi-octets, type of address, then the packed digits or septets. */
    static void writeAddress(ByteArrayOutputStream out, SmsAddress a) {
        if (a.isAlphanumeric()) {
            byte[] packed = SeptetPacking.pack(new byte[0], Gsm7Charset.DEFAULT.encode(a.value()));
            int semiOctets = (Gsm7Charset.DEFAULT.septets(a.value()) * 7 + 3) / 4;
            if (packed.length > SmsAddress.MAX_DIGITS / 2) {
                throw new IllegalArgumentException("alphanumeric address '" + a.value() + "' is over 11 septets");
            }
            out.write(semiOctets);
            out.write(a.typeOfAddress());
            out.writeBytes(packed);
            return;
        }
        if (a.value().length() > SmsAddress.MAX_DIGITS) {
            throw new IllegalArgumentException("a TP address is at most 20 digits, not " + a.value().length());
        }
        out.write(a.value().length());
        out.write(a.typeOfAddress());
        out.writeBytes(SemiOctets.packDigits(a.value()));
    }

    /** TP-UDL and TP-UD, in the units and packing the DCS calls for. */
    static void writeUserData(ByteArrayOutputStream out, DataCodingScheme dcs, UserData ud) {
        byte[] header = ud.header().encode();
        boolean text = dcs.alphabet() != SmsAlphabet.EIGHT_BIT && !dcs.compressed();
        if (text != ud.isText()) {
            throw new IllegalArgumentException(dcs + " needs " + (text ? "text" : "binary") + " user data, not "
                    + (ud.isText() ? "text" : "binary"));
        }
        if (text && dcs.alphabet() == SmsAlphabet.GSM_7BIT) {
            byte[] septets = ud.header().gsm7Charset().encode(ud.text());
            int udl = SeptetPacking.headerSeptets(header.length) + septets.length;
            if (udl > MAX_USER_DATA_SEPTETS) {
                throw new IllegalArgumentException("user data of " + udl + " septets is over the "
                        + MAX_USER_DATA_SEPTETS + " an SMS holds");
            }
            out.write(udl);
            out.writeBytes(SeptetPacking.pack(header, septets));
            return;
        }
        byte[] body = text ? Ucs2.encode(ud.text()) : ud.data();
        int udl = header.length + body.length;
        if (udl > MAX_USER_DATA_OCTETS) {
            throw new IllegalArgumentException("user data of " + udl + " octets is over the " + MAX_USER_DATA_OCTETS
                    + " an SMS holds");
        }
        out.write(udl);
        out.writeBytes(header);
        out.writeBytes(body);
    }
}
