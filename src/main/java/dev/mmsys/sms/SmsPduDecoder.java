package dev.mmsys.sms;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads PDUs in the modem's format (SMSC address field, then the TPDU) into {@link SmsSubmit},
 * {@link SmsDeliver} or {@link SmsStatusReport}. Strict: every length is checked against the octets actually
 * present before anything is read or allocated, a PDU must end exactly where its TP-UDL says, and every fault
 * is a {@link MalformedPduException} naming the field and its octet offset.
 */
public final class SmsPduDecoder {

    private SmsPduDecoder() {
    }

    /** A PDU that starts with the SMSC address field, as AT+CMGS takes and AT+CMGR, +CMT and +CDS give it. */
    public static SmsPdu decode(byte[] pdu) {
        PduReader r = new PduReader(pdu);
        return decodeTpdu(r, readSmsc(r));
    }

    public static SmsPdu decodeHex(CharSequence hex) {
        return decode(Hex.decode(hex));
    }

    /** A bare TPDU, without the SMSC field. */
    public static SmsPdu decodeTpdu(byte[] tpdu) {
        return decodeTpdu(new PduReader(tpdu), Optional.empty());
    }

    private static SmsPdu decodeTpdu(PduReader r, Optional<SmsAddress> smsc) {
        int at = r.position();
        int fo = r.u8("first octet");
        SmsPdu pdu = switch (fo & 3) {
            case 0 -> readDeliver(r, smsc, fo);
            case 1 -> readSubmit(r, smsc, fo);
            case 2 -> readStatusReport(r, smsc, fo);
            default -> throw r.fault(at, "TP-MTI", "value 3 is reserved; this is not an SMS PDU");
        };
        r.expectEnd();
        return pdu;
    }

    private static SmsSubmit readSubmit(PduReader r, Optional<SmsAddress> smsc, int fo) {
        int mr = r.u8("TP-MR");
        SmsAddress da = readAddress(r, "TP-DA");
        int pid = r.u8("TP-PID");
        DataCodingScheme dcs = new DataCodingScheme(r.u8("TP-DCS"));
        ValidityPeriod vp = switch (ValidityPeriod.Format.fromBits(fo >> 3)) {
            case NONE -> ValidityPeriod.NONE;
            case RELATIVE -> ValidityPeriod.relativeOctet(r.u8("TP-VP"));
            case ABSOLUTE -> ValidityPeriod.absolute(SemiOctets.readTimestamp(r, "TP-VP"));
            case ENHANCED -> ValidityPeriod.enhanced(r.take(7, "TP-VP"));
        };
        UserData ud = readUserData(r, dcs, (fo & 0x40) != 0);
        return new SmsSubmit(smsc, (fo & 0x04) != 0, mr, da, pid, dcs, vp, (fo & 0x20) != 0, (fo & 0x80) != 0, ud);
    }

    private static SmsDeliver readDeliver(PduReader r, Optional<SmsAddress> smsc, int fo) {
        SmsAddress oa = readAddress(r, "TP-OA");
        int pid = r.u8("TP-PID");
        DataCodingScheme dcs = new DataCodingScheme(r.u8("TP-DCS"));
        OffsetDateTime scts = SemiOctets.readTimestamp(r, "TP-SCTS");
        UserData ud = readUserData(r, dcs, (fo & 0x40) != 0);
        return new SmsDeliver(smsc, (fo & 0x04) == 0, (fo & 0x08) != 0, (fo & 0x20) != 0, (fo & 0x80) != 0, oa, pid,
                dcs, scts, ud);
    }

    private static SmsStatusReport readStatusReport(PduReader r, Optional<SmsAddress> smsc, int fo) {
        int mr = r.u8("TP-MR");
        SmsAddress ra = readAddress(r, "TP-RA");
        OffsetDateTime scts = SemiOctets.readTimestamp(r, "TP-SCTS");
        OffsetDateTime dt = SemiOctets.readTimestamp(r, "TP-DT");
        int st = r.u8("TP-ST");
        OptionalInt pid = OptionalInt.empty();
        Optional<DataCodingScheme> dcs = Optional.empty();
        Optional<UserData> ud = Optional.empty();
        if (r.remaining() > 0) {
            int pi = r.u8("TP-PI");
            for (int ext = pi; (ext & 0x80) != 0; ) {   // further TP-PI octets: nothing defined in them yet
                ext = r.u8("TP-PI extension");
            }
            if ((pi & 0x01) != 0) {
                pid = OptionalInt.of(r.u8("TP-PID"));
            }
            if ((pi & 0x02) != 0) {
                dcs = Optional.of(new DataCodingScheme(r.u8("TP-DCS")));
            }
            if ((pi & 0x04) != 0) {
                dcs = Optional.of(dcs.orElse(DataCodingScheme.GSM_7BIT));   // §9.2.3.27: absent TP-DCS means 0
                ud = Optional.of(readUserData(r, dcs.get(), (fo & 0x40) != 0));
            }
        }
        return new SmsStatusReport(smsc, (fo & 0x04) == 0, (fo & 0x08) != 0, (fo & 0x20) != 0, mr, ra, scts, dt, st,
                pid, dcs, ud);
    }

    /** The SMSC field: a length in octets (0 = none), type of address, then BCD digits. */
    private static Optional<SmsAddress> readSmsc(PduReader r) {
        int len = r.u8("SMSC length");
        if (len == 0) {
            return Optional.empty();
        }
        if (len > 11) {
            throw r.fault(0, "SMSC length", len + " octets is over the 11 an SMSC address takes (type + 20 digits);"
                    + " is the SMSC field missing from this PDU?");
        }
        int toa = toa(r, "SMSC type of address");
        int at = r.position();
        byte[] digits = r.take(len - 1, "SMSC address");
        return Optional.of(new SmsAddress(toa, SemiOctets.unpackDigits(r, at, digits, -1, "SMSC address")));
    }

    /** A TP address: its length in semi-octets, type of address, then digits or packed GSM 7-bit text. */
    private static SmsAddress readAddress(PduReader r, String field) {
        int at = r.position();
        int len = r.u8(field + " length");
        if (len > SmsAddress.MAX_DIGITS) {
            throw r.fault(at, field + " length", len + " semi-octets is over the 20 a TP address holds");
        }
        int toa = toa(r, field + " type of address");
        int valueAt = r.position();
        byte[] value = r.take((len + 1) / 2, field);
        if (((toa >> 4) & 7) == SmsAddress.Type.ALPHANUMERIC.ordinal()) {
            int septets = len * 4 / 7;
            return new SmsAddress(toa, Gsm7Charset.DEFAULT.decode(SeptetPacking.unpack(value, 0, 0, septets), 0,
                    septets));
        }
        return new SmsAddress(toa, SemiOctets.unpackDigits(r, valueAt, value, len, field));
    }

    private static int toa(PduReader r, String field) {
        int at = r.position();
        int toa = r.u8(field);
        if ((toa & 0x80) == 0) {
            throw r.fault(at, field, String.format("0x%02X lacks bit 8, which is always 1", toa));
        }
        return toa;
    }

    /** TP-UDL and TP-UD: the header (when TP-UDHI is set), then text or octets as the DCS says. */
    private static UserData readUserData(PduReader r, DataCodingScheme dcs, boolean udhi) {
        int udlAt = r.position();
        int udl = r.u8("TP-UDL");
        boolean septets = dcs.alphabet() == SmsAlphabet.GSM_7BIT && !dcs.compressed();
        int max = septets ? SmsPduEncoder.MAX_USER_DATA_SEPTETS : SmsPduEncoder.MAX_USER_DATA_OCTETS;
        if (udl > max) {
            throw r.fault(udlAt, "TP-UDL", udl + (septets ? " septets" : " octets") + " is over the " + max
                    + " an SMS holds");
        }
        int udAt = r.position();
        int octets = septets ? SeptetPacking.octets(udl) : udl;
        if (octets > r.remaining()) {
            throw r.fault(udAt, "TP-UD", "TP-UDL " + udl + (septets ? " septets needs " + octets + " octets" : "")
                    + " but only " + r.remaining() + " octets remain (truncated PDU, or TP-UDL too large)");
        }
        byte[] ud = r.take(octets, "TP-UD");
        UserDataHeader header = UserDataHeader.NONE;
        int headerOctets = 0;
        if (udhi) {
            if (ud.length == 0) {
                throw r.fault(udAt, "TP-UDHL", "TP-UDHI is set but the user data is empty");
            }
            headerOctets = 1 + (ud[0] & 0xFF);
            if (headerOctets > ud.length) {
                throw r.fault(udAt, "TP-UDHL", "a header of " + headerOctets + " octets does not fit in the "
                        + ud.length + " octets of TP-UD");
            }
            header = readHeader(r, ud, udAt);
        }
        if (septets) {
            int headerSeptets = udhi ? SeptetPacking.headerSeptets(headerOctets) : 0;
            if (headerSeptets > udl) {
                throw r.fault(udAt, "TP-UDHL", "the header takes " + headerSeptets + " septets, more than TP-UDL "
                        + udl);
            }
            int count = udl - headerSeptets;
            byte[] s = SeptetPacking.unpack(ud, 0, udhi ? headerOctets : 0, count);
            return UserData.text(header, header.gsm7Charset().decode(s, 0, count));
        }
        int body = ud.length - headerOctets;
        if (dcs.alphabet() == SmsAlphabet.UCS2 && !dcs.compressed()) {
            if (body % 2 != 0) {
                throw r.fault(udAt + headerOctets, "TP-UD", "UCS-2 text of " + body + " octets is not a whole number"
                        + " of 2-octet characters");
            }
            return UserData.text(header, Ucs2.decode(ud, headerOctets, body));
        }
        byte[] data = new byte[body];
        System.arraycopy(ud, headerOctets, data, 0, body);
        return UserData.binary(header, data);
    }

    private static UserDataHeader readHeader(PduReader r, byte[] ud, int udAt) {
        int end = 1 + (ud[0] & 0xFF);
        List<InformationElement> ies = new ArrayList<>();
        int i = 1;
        while (i < end) {
            int iei = ud[i] & 0xFF;
            String field = String.format("UDH IE 0x%02X", iei);
            if (i + 1 >= end) {
                throw r.fault(udAt + i, field, "no room for its length octet before the header ends");
            }
            int len = ud[i + 1] & 0xFF;
            if (i + 2 + len > end) {
                throw r.fault(udAt + i, field, "its length " + len + " runs past the end of the header (TP-UDHL "
                        + (end - 1) + ")");
            }
            int want = expectedLength(iei);
            if (want >= 0 && len != want) {
                throw r.fault(udAt + i, field, "this IE has " + want + " octet(s) of data, not " + len);
            }
            byte[] data = new byte[len];
            System.arraycopy(ud, i + 2, data, 0, len);
            ies.add(new InformationElement(iei, data));
            i += 2 + len;
        }
        return new UserDataHeader(ies);
    }

    private static int expectedLength(int iei) {
        return switch (iei) {
            case InformationElement.CONCAT_8BIT -> 3;
            case InformationElement.CONCAT_16BIT, InformationElement.PORTS_16BIT -> 4;
            case InformationElement.PORTS_8BIT -> 2;
            case InformationElement.NATIONAL_SINGLE_SHIFT, InformationElement.NATIONAL_LOCKING_SHIFT -> 1;
            default -> -1;
        };
    }
}
