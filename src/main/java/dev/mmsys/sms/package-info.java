/**
 * SMS codec (TS 23.038 alphabets, TS 23.040 PDUs); knows nothing of modems or Camel.
 *
 * <ul>
 *   <li>Sending: {@link dev.mmsys.sms.SmsSubmitComposer#compose} turns a number and a text into
 *       {@link dev.mmsys.sms.SmsSubmission}: per part the hex for {@code AT+CMGS=<tpduLength>}, plus the encoding,
 *       the part texts and any transliteration. Options come from {@link dev.mmsys.sms.SmsOptions#fromSettings}
 *       ({@code mmsys.sms.*}); composers share {@link dev.mmsys.sms.ConcatReferenceAllocator#shared()}, the
 *       process's one allocator, unless given their own.</li>
 *   <li>Counting only: {@link dev.mmsys.sms.SmsSplitter#split} / {@link dev.mmsys.sms.SmsSplitter#countParts}.</li>
 *   <li>Reading: {@link dev.mmsys.sms.SmsPduDecoder} gives {@link dev.mmsys.sms.SmsSubmit},
 *       {@link dev.mmsys.sms.SmsDeliver} or {@link dev.mmsys.sms.SmsStatusReport};
 *       {@link dev.mmsys.sms.SmsReassembler} joins concatenated parts (text, or octets plus application ports for
 *       a WAP Push to port 2948, whose octets {@code dev.mmsys.mms.WspPush} decodes);
 *       {@link dev.mmsys.sms.WapPushComposer} makes the SMS-DELIVER PDUs of a WAP Push, as the network sends
 *       them.</li>
 *   <li>Errors are {@link dev.mmsys.sms.SmsException}s, all permanent: invalid number, empty text, too many parts,
 *       malformed PDU (offset and field), incomplete set, invalid setting.</li>
 * </ul>
 */
package dev.mmsys.sms;
