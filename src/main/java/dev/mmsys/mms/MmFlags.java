package dev.mmsys.mms;

/** X-Mms-MM-Flags (§7.3.32), MMS 1.2: a keyword to add to, remove from or filter the MMBox entry by. */
public record MmFlags(Action action, EncodedString keyword) {

    public enum Action implements OctetValue {
        ADD(128, "add"), REMOVE(129, "remove"), FILTER(130, "filter");

        private final int code;
        private final String label;

        Action(int code, String label) {
            this.code = code;
            this.label = label;
        }

        @Override
        public int code() {
            return code;
        }

        @Override
        public String label() {
            return label;
        }
    }

    @Override
    public String toString() {
        return action.label() + " " + keyword;
    }
}
