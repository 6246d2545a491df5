package io.lectern.production;

import java.io.IOException;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Libraries written into a test's jar as Spring Boot writes them: stored, not compressed, so that they are read in place. */
final class StoredLibraries {

	private StoredLibraries() {
	}

	static void stored(ZipOutputStream out, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(content.length);
		entry.setCompressedSize(content.length);
		CRC32 crc = new CRC32();
		crc.update(content);
		entry.setCrc(crc.getValue());
		out.putNextEntry(entry);
		out.write(content);
		out.closeEntry();
	}
}
