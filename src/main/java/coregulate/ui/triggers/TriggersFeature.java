package coregulate.ui.triggers;

import coregulate.domain.checkin.CheckIn;
import coregulate.service.checkin.HelpsCardService;
import coregulate.service.checkin.TriggerService;
import coregulate.ui.AppContext;
import coregulate.ui.Feature;
import coregulate.ui.shell.Page;
import javafx.scene.Node;

/** The Triggers area: the trigger log and the "what helps me" card. */
public final class TriggersFeature implements Feature {
    private final AppContext ctx;
    private final TriggerFormViewModel form;
    private final TriggerListViewModel list;
    private final HelpsCardViewModel card;
    private Node view;

    public TriggersFeature(AppContext ctx, TriggerService triggers, HelpsCardService cards) {
        this.ctx = ctx;
        this.form = new TriggerFormViewModel(ctx.state(), triggers, ctx.tasks(), ctx.clock());
        this.list = new TriggerListViewModel(ctx.state(), triggers, ctx.tasks());
        this.card = new HelpsCardViewModel(ctx.state(), cards, ctx.tasks());
    }

    @Override
    public Page page() {
        return Page.TRIGGERS;
    }

    @Override
    public Node view() {
        if (view == null) {
            var v = new TriggersView(form, list, card, ctx.clock().getZone());
            v.getStylesheets().add(getClass().getResource("/coregulate/ui/checkin.css").toExternalForm());
            list.reload();
            card.load();
            view = v;
        }
        return view;
    }

    /** Opens the trigger form linked to a check-in (the one-click "log what triggered this"). */
    public void logFrom(CheckIn checkIn) {
        view();
        form.startFrom(checkIn);
        ctx.navigator().show(Page.TRIGGERS);
    }
}
