package dev.mmsys.emulator;

import java.util.Map;

/**
 * Verbose texts of the error codes the emulator produces: +CME ERROR (27.007 §9.2) and +CMS ERROR (27.005 §3.2.5)
 * for AT+CMEE=2, and the socket stack's {@code <err_info>} for +IP ERROR (SIM7600 manual §11.5).
 */
final class ErrorTexts {

    static final int IP_CONNECTION_TIMEOUT = 0;
    static final int IP_NETWORK_ALREADY_OPENED = 4;
    static final int IP_NETWORK_NOT_OPENED = 8;
    static final int IP_INVALID_PARAMETER = 12;
    static final int IP_OPERATION_NOT_SUPPORTED = 13;
    static final int IP_DNS_QUERY_FAILED = 14;
    static final int IP_NO_DATA = 21;

    private static final Map<Integer, String> CME = Map.ofEntries(
            Map.entry(0, "phone failure"),
            Map.entry(3, "operation not allowed"),
            Map.entry(4, "operation not supported"),
            Map.entry(10, "SIM not inserted"),
            Map.entry(11, "SIM PIN required"),
            Map.entry(13, "SIM failure"),
            Map.entry(14, "SIM busy"),
            Map.entry(15, "SIM wrong"),
            Map.entry(30, "no network service"),
            Map.entry(31, "network timeout"),
            Map.entry(50, "incorrect parameters"),
            Map.entry(100, "unknown"));

    private static final Map<Integer, String> CMS = Map.ofEntries(
            Map.entry(300, "ME failure"),
            Map.entry(302, "operation not allowed"),
            Map.entry(303, "operation not supported"),
            Map.entry(304, "invalid PDU mode parameter"),
            Map.entry(305, "invalid text mode parameter"),
            Map.entry(310, "SIM not inserted"),
            Map.entry(311, "SIM PIN required"),
            Map.entry(313, "SIM failure"),
            Map.entry(314, "SIM busy"),
            Map.entry(321, "invalid memory index"),
            Map.entry(322, "memory full"),
            Map.entry(330, "SMSC address unknown"),
            Map.entry(331, "no network service"),
            Map.entry(332, "network timeout"),
            Map.entry(500, "unknown error"));

    private static final String[] IP = {
        "Connection time out", "Bind port failed", "Port overflow", "Create socket failed",
        "Network is already opened", "Network is already closed", "No clients connected", "No active client",
        "Network not opened", "Client index overflow", "Connection is already created", "Connection is not created",
        "Invalid parameter", "Operation not supported", "DNS query failed", "TCP busy",
        "Netclose failed for socket opened", "Sending time out", "Sending failure for network error",
        "Open failure for network error", "Server is already listening", "No data", "Port overflow",
    };

    private ErrorTexts() {
    }

    static String cme(int code) {
        return CME.getOrDefault(code, "unknown");
    }

    static String cms(int code) {
        return CMS.getOrDefault(code, "unknown error");
    }

    static String ip(int code) {
        return code >= 0 && code < IP.length ? IP[code] : "Operation failed";
    }
}
