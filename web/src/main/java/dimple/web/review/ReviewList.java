package dimple.web.review;

import dimple.application.review.ReviewService;
import dimple.application.review.ReviewSummary;
import dimple.web.shared.PagedTable;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The reviews a person may see (of the teams they lead, and those they facilitate or take part in), by state. */
@Named
@ViewScoped
public class ReviewList implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The rows of the table (review/list.xhtml). */
    static final int ROWS = 20;

    @Inject
    ReviewService reviews;

    private String status;
    private PagedTable<ReviewSummary> list;

    @PostConstruct
    void init() {
        list = new PagedTable<>(ROWS, (page, size) -> reviews.list(status, page, size));
    }

    public void search() {
        list.refresh();
    }

    public PagedTable<ReviewSummary> getList() {
        return list;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
