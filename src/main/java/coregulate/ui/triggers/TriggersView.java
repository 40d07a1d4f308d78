package coregulate.ui.triggers;

import coregulate.domain.checkin.Reaction;
import coregulate.domain.checkin.Trigger;
import coregulate.domain.checkin.TriggerCategory;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Triggers: log one, see the list, and keep a "what helps me" card. */
public final class TriggersView extends HBox {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm");
    private final TriggerFormViewModel form;
    private final TriggerListViewModel list;
    private final HelpsCardViewModel card;
    private final ZoneId zone;

    public TriggersView(TriggerFormViewModel form, TriggerListViewModel list, HelpsCardViewModel card, ZoneId zone) {
        super(24);
        this.form = form;
        this.list = list;
        this.card = card;
        this.zone = zone;
        setPadding(new Insets(24));
        var left = new VBox(20, formView(), cardView());
        var scroll = new ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.setPrefWidth(560);
        var right = listView();
        HBox.setHgrow(right, Priority.ALWAYS);
        getChildren().addAll(scroll, right);
    }

    private VBox formView() {
        var title = new Label("What set you off?");
        title.getStyleClass().add("title-3");
        var linked = new Label();
        linked.setId("trigger-linked");
        linked.textProperty().bind(Bindings.createStringBinding(() -> form.linkedCheckInProperty().get() == null ? ""
                : "Linked to your check-in of " + WHEN.format(form.linkedCheckInProperty().get().at().atZone(zone)),
                form.linkedCheckInProperty()));
        var unlink = new Button("Unlink");
        unlink.visibleProperty().bind(form.linkedCheckInProperty().isNotNull());
        unlink.managedProperty().bind(unlink.visibleProperty());
        unlink.setOnAction(e -> form.unlink());

        var titleField = new TextField();
        titleField.setId("trigger-title");
        titleField.setPromptText("e.g. the comment about the dishes");
        titleField.textProperty().bindBidirectional(form.titleProperty());
        var category = new ComboBox<TriggerCategory>();
        category.setId("trigger-category");
        category.getItems().setAll(TriggerCategory.values());
        category.valueProperty().bindBidirectional(form.categoryProperty());
        category.setPromptText("Choose…");
        var custom = new TextField();
        custom.setId("trigger-custom-category");
        custom.setPromptText("Your own category");
        custom.textProperty().bindBidirectional(form.customCategoryProperty());
        custom.visibleProperty().bind(form.categoryProperty().isEqualTo(TriggerCategory.OTHER));
        var intensity = new Slider(0, 10, 5);
        intensity.setId("trigger-intensity");
        intensity.setMajorTickUnit(1);
        intensity.setSnapToTicks(true);
        intensity.setShowTickLabels(true);
        intensity.setMinorTickCount(0);
        intensity.setBlockIncrement(1);
        intensity.valueProperty().addListener((obs, o, v) -> form.intensityProperty().set((int) Math.round(v.doubleValue())));
        form.intensityProperty().addListener((obs, o, v) -> intensity.setValue(v.intValue()));
        var reaction = new ComboBox<Reaction>();
        reaction.setId("trigger-reaction");
        reaction.getItems().setAll(Reaction.values());
        reaction.valueProperty().bindBidirectional(form.reactionProperty());
        reaction.setPromptText("How did you react?");
        var date = new DatePicker();
        date.setId("trigger-date");
        date.setPromptText("Today");
        date.valueProperty().bindBidirectional(form.dateProperty());
        var time = new TextField();
        time.setId("trigger-time");
        time.setPromptText("now, or 18:30");
        time.setPrefColumnCount(6);
        time.textProperty().bindBidirectional(form.timeProperty());
        var context = area("trigger-context", "Where were you, what was going on?");
        context.textProperty().bindBidirectional(form.contextProperty());
        var helped = area("trigger-helped", "What helped, even a little?");
        helped.textProperty().bindBidirectional(form.whatHelpedProperty());
        var share = new CheckBox("Share with my partner");
        share.setId("trigger-share");
        share.selectedProperty().bindBidirectional(form.sharedProperty());

        var grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        var labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.getColumnConstraints().add(labels);
        int r = 0;
        grid.addRow(r++, new Label("What happened"), titleField);
        grid.add(error(form.titleProblem()), 1, r++);
        grid.addRow(r++, new Label("Category"), new HBox(8, category, custom));
        grid.addRow(r++, new Label("Intensity (0-10)"), intensity);
        grid.addRow(r++, new Label("When"), new HBox(8, date, time));
        grid.add(error(form.timeProblem()), 1, r++);
        grid.addRow(r++, new Label("I reacted with"), reaction);
        grid.addRow(r++, new Label("Context"), context);
        grid.addRow(r++, new Label("What helped"), helped);
        grid.add(error(form.textProblem()), 1, r++);
        grid.addRow(r, new Label(""), share);

        var save = new Button("Save");
        save.setId("trigger-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(form.whyCannotSave().isNotEmpty());
        save.setOnAction(e -> form.save());
        var why = new Label();
        why.setId("trigger-why");
        why.getStyleClass().add("hint");
        why.textProperty().bind(form.whyCannotSave());
        var result = new Label();
        result.setId("trigger-result");
        result.setWrapText(true);
        result.textProperty().bind(form.resultProperty());
        var actions = new HBox(10, save, why);
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, title, new HBox(8, linked, unlink), grid, actions, result);
    }

    private VBox cardView() {
        var title = new Label("What helps me");
        title.getStyleClass().add("title-3");
        var intro = new Label("A card for your partner, written at a calm time. They see it on Today once you share it.");
        intro.setWrapText(true);
        intro.getStyleClass().add("hint");
        var activated = area("card-activated", "When I'm activated, it helps if you…");
        activated.textProperty().bindBidirectional(card.whenActivatedProperty());
        var shutDown = area("card-shut-down", "When I'm shut down, it helps if you…");
        shutDown.textProperty().bindBidirectional(card.whenShutDownProperty());
        var dont = area("card-please-dont", "Please don't…");
        dont.textProperty().bindBidirectional(card.pleaseDontProperty());
        var share = new CheckBox("Share this card with my partner");
        share.setId("card-share");
        share.selectedProperty().bindBidirectional(card.sharedProperty());
        var save = new Button("Save card");
        save.setId("card-save");
        save.disableProperty().bind(card.problem().isNotEmpty());
        save.setOnAction(e -> card.save());
        var result = new Label();
        result.setId("card-result");
        result.textProperty().bind(card.resultProperty());
        return new VBox(6, title, intro, new Label("When I'm activated, it helps if you…"), activated,
                new Label("When I'm shut down, it helps if you…"), shutDown, new Label("Please don't…"), dont,
                error(card.problem()), share, new HBox(8, save, result));
    }

    private VBox listView() {
        var title = new Label("Logged triggers");
        title.getStyleClass().add("title-3");
        var message = new Label();
        message.setId("trigger-list-message");
        message.textProperty().bind(list.messageProperty());
        var undo = new Button("Undo");
        undo.setId("trigger-undo");
        undo.visibleProperty().bind(list.lastDeletedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> list.undoDelete());
        var view = new ListView<Trigger>(list.entries());
        view.setId("trigger-list");
        view.setCellFactory(lv -> new TriggerCell());
        VBox.setVgrow(view, Priority.ALWAYS);
        return new VBox(8, title, new HBox(8, message, undo), view);
    }

    private static TextArea area(String id, String prompt) {
        var area = new TextArea();
        area.setId(id);
        area.setPromptText(prompt);
        area.setWrapText(true);
        area.setPrefRowCount(2);
        return area;
    }

    private static Label error(StringBinding problem) {
        var label = new Label();
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.textProperty().bind(problem);
        label.managedProperty().bind(problem.isNotEmpty());
        return label;
    }

    private final class TriggerCell extends coregulate.ui.common.EntryCell<Trigger> {
        TriggerCell() {
            super("trigger");
        }

        @Override
        protected java.util.List<Line> lines(Trigger t) {
            String meta = WHEN.format(t.at().atZone(zone)) + " · " + list.authorName(t) + " · "
                    + t.categoryLabel() + " · intensity " + t.intensity()
                    + (t.reaction() == null ? "" : " · " + t.reaction().label())
                    + (t.checkInId() == null ? "" : " · from a check-in");
            return java.util.List.of(new Line(t.title(), "text-bold", true), new Line(meta, "entry-tag", true),
                    new Line(t.whatHelped().isBlank() ? null : "Helped: " + t.whatHelped(), null, true));
        }

        @Override
        protected boolean editable(Trigger t) {
            return list.isMine(t);
        }

        @Override
        protected void edit(Trigger t) {
            form.edit(t);
        }

        @Override
        protected void delete(Trigger t) {
            list.delete(t);
        }
    }
}
