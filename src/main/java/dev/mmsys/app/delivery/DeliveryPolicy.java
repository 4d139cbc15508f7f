package dev.mmsys.app.delivery;

import java.util.function.LongSupplier;
import java.util.function.ToIntFunction;

/**
 * How the pipeline chooses and falls back.
 *
 * @param fallbackToSms {@code mmsys.fallback=sms}: when MMS fails for good, send the text as SMS
 * @param smsThreshold  {@code mmsys.sms-threshold}: texts needing at most this many SMS segments go as SMS
 *                      (0 = always MMS first)
 * @param smsSegments   how many segments a text needs (the SMS codec's count)
 * @param smsMaxParts   {@code mmsys.sms.max-parts}: a fallback needing more segments fails instead
 * @param maxMmsSize    the carrier's largest M-Send.req in octets (known once the carrier is)
 */
public record DeliveryPolicy(boolean fallbackToSms, int smsThreshold, ToIntFunction<String> smsSegments,
                             int smsMaxParts, LongSupplier maxMmsSize) {
}
