package vn.keng.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whom the OpenAPI document at {@code /api/docs} names as the API's contact: the people who run this
 * instance ({@code KENG_APIDOCS_CONTACTNAME}, {@code _CONTACTEMAIL}, {@code _CONTACTURL}).
 */
@ConfigurationProperties("keng.api-docs")
record ApiDocsSettings(@DefaultValue("Kẻng administrator of this commune") String contactName, String contactEmail,
        String contactUrl) {
}
