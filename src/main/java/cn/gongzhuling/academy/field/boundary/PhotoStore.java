package cn.gongzhuling.academy.field.boundary;

import cn.gongzhuling.academy.platform.boundary.AppConfig;
import cn.gongzhuling.academy.platform.boundary.FilesOfTransaction;
import cn.gongzhuling.academy.platform.control.UploadedImage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Photos of field records under {@code app.data.dir}/field-photos, named by a random id (never by
 * the uploaded name), so nothing a user sends ends up in a path.
 */
@ApplicationScoped
public class PhotoStore {

    static final String DIR = "field-photos";

    @Inject
    AppConfig config;

    @Inject
    FilesOfTransaction files;

    /**
     * Stores the cleaned image for a record of the current transaction and returns its file name;
     * the file is deleted again if the transaction rolls back.
     */
    public String store(UploadedImage image) {
        String name = UUID.randomUUID() + "." + image.kind().extension();
        Path file = config.dataDir().resolve(DIR).resolve(name);
        files.deleteOnRollback(file);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, image.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return name;
    }

    public byte[] read(String name) {
        if (name == null || !name.matches("[0-9a-f-]{36}\\.(jpg|png)")) {
            throw new IllegalArgumentException("not a photo name");
        }
        try {
            return Files.readAllBytes(config.dataDir().resolve(DIR).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long maxBytes() {
        return config.photoMaxBytes();
    }
}
