-- The learner's own choice of interface language (a BCP 47 tag such as de or pt-BR) and of the
-- time zone times are shown in (an IANA name such as Europe/Berlin). Both optional: without a
-- language the browser's choice applies, without a zone times are shown in UTC.
ALTER TABLE account ADD COLUMN interface_language VARCHAR(20);
ALTER TABLE account ADD COLUMN time_zone VARCHAR(60);
