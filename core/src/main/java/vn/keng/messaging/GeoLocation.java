package vn.keng.messaging;

/** A point a person shared (Telegram location, simulator). */
public record GeoLocation(double latitude, double longitude) {

    public GeoLocation {
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
            throw new IllegalArgumentException("coordinates out of range");
        }
    }
}
