package dev.mmsys.camel;

/**
 * What the component needs from an M-Send.conf.
 *
 * @param status      X-Mms-Response-Status octet
 * @param statusName  its name (Ok, Error-transient-failure, …)
 * @param ok          the message was accepted
 * @param transientFailure a transient failure (retry); false with !ok means permanent
 */
record SendConfResult(String transactionId, String messageId, int status, String statusName, String responseText,
                      boolean ok, boolean transientFailure) {
}
