package dev.mmsys.app.modem;

import dev.mmsys.carrier.ElementaryFile;
import dev.mmsys.carrier.SimAnswers;
import dev.mmsys.carrier.SimDataException;
import dev.mmsys.carrier.SimFiles;
import dev.mmsys.carrier.SimIdentity;
import dev.mmsys.modem.AtErrorException;
import dev.mmsys.modem.AtResponse;
import dev.mmsys.modem.ModemException;
import dev.mmsys.modem.ModemInfo;
import dev.mmsys.modem.ModemSession;
import java.util.Optional;

/**
 * Reads what carrier detection needs from the SIM in the modem: IMSI, ICCID and GID1 (through the session's
 * status), and the MNC length (EF_AD) and service provider name (EF_SPN) with AT+CRSM. Files the SIM lacks are
 * simply absent.
 */
public final class SimReader {

    private SimReader() {
    }

    public static SimIdentity read(ModemSession session) throws ModemException {
        ModemInfo info = session.info();
        if (info.imsi() == null) {
            throw new ModemException("the modem reports no IMSI (SIM " + info.simState() + "); insert or unlock "
                    + "the SIM, or set mmsys.carrier to your carrier's profile", false);
        }
        SimIdentity.Builder b = SimIdentity.builder(info.imsi());
        if (info.iccid() != null) {
            b.iccid(info.iccid());
        }
        if (info.gid1() != null && !info.gid1().isBlank()) {
            SimFiles.gid1(info.gid1()).ifPresent(b::gid1);
        }
        file(session, ElementaryFile.AD, 4).ifPresent(hex -> SimFiles.mncLength(hex).ifPresent(b::mncLength));
        file(session, ElementaryFile.SPN, 17).ifPresent(hex -> {
            String name = SimFiles.spn(hex).name();
            if (name != null && !name.isBlank()) {
                b.spn(name);
            }
        });
        if (info.registration() != null && info.registration().operator() != null) {
            b.operatorName(info.registration().operator());
        }
        return b.build();
    }

    private static Optional<String> file(ModemSession session, ElementaryFile f, int length) throws ModemException {
        try {
            AtResponse r = session.query(f.readCommand(length));
            return SimAnswers.fileContent(f, String.join("\r\n", r.lines()) + "\r\n" + r.finalLine());
        } catch (AtErrorException | SimDataException e) {
            return Optional.empty();
        }
    }
}
