package dimple.web.shared;

import dimple.application.shared.ExportTarget;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

/** A page's download button: the export is written into this request's response, as a file to save, never cached. */
public final class Downloads {
    private Downloads() {
    }

    /** Where an export goes from a page: the response, reset and given the file's name and type once the request is checked. */
    public static ExportTarget intoResponse(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        return (fileName, mediaType) -> {
            external.responseReset();
            external.setResponseContentType(mediaType);
            external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
            external.setResponseHeader("Cache-Control", "no-store");
            return external.getResponseOutputStream();
        };
    }
}
