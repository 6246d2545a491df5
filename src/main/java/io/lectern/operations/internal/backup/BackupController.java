package io.lectern.operations.internal.backup;

import java.nio.file.Path;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's backups page: make a backup of the H2 database now, and download earlier ones. */
@Controller
class BackupController {

	private final DatabaseBackups backups;
	private final MessageSource messages;

	BackupController(DatabaseBackups backups, MessageSource messages) {
		this.backups = backups;
		this.messages = messages;
	}

	@GetMapping("/admin/backups")
	String page(Model model) {
		model.addAttribute("supported", backups.supported());
		model.addAttribute("backups", backups.supported() ? backups.all() : List.of());
		model.addAttribute("folder", backups.folder().toString());
		return "operations/admin-backups";
	}

	@PostMapping("/admin/backups")
	String create(RedirectAttributes redirect) {
		if (!backups.supported()) {
			throw new ResponseStatusException(HttpStatus.CONFLICT, "reason.backupsByPgDump");
		}
		DatabaseBackups.Backup made = backups.create();
		redirect.addFlashAttribute("saved",
				messages.getMessage("admin.backups.written", new Object[] { made.name() }, LocaleContextHolder.getLocale()));
		return "redirect:/admin/backups";
	}

	@GetMapping("/admin/backups/{name}")
	ResponseEntity<Resource> download(@PathVariable String name) {
		Path file = backups.file(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(new FileSystemResource(file));
	}
}
