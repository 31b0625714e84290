package dev.kiln.diagram;

import dev.kiln.TestSites;

/** Diagram sources shared by the parser, layout and browser tests. */
public final class DiagramSamples {
    private DiagramSamples() {}

    /** A loop through a subgraph, the subgraph written after the links. */
    public static final String LOOP = """
            flowchart TD
              Start --> Read --> Ok{Valid?}
              Ok -- no --> Fix --> Retry --> Read
              Ok -- yes --> Done
              subgraph Repair
                Fix
                Retry
              end
            """;

    /** The same chart with the subgraph written first: model order then starts inside the loop. */
    public static final String LOOP_SUBGRAPH_FIRST = """
            flowchart TD
              subgraph Repair
                Fix --> Retry
              end
              Start --> Read --> Ok{Valid?}
              Ok -- no --> Fix
              Retry --> Read
              Ok -- yes --> Done
            """;

    /** A sequence diagram with every construct Kiln draws: boxes, actors, each block, notes, activations, numbers. */
    public static final String SEQUENCE = """
            sequenceDiagram
                title Checkout
                autonumber
                box Aqua Front end
                actor U as Customer
                participant W as Web shop
                end
                box Back end
                participant P as Payments
                participant DB
                end
                U->>+W: Open the cart
                W->>+P: Authorise card
                loop Every second, up to 5 s
                    P-)DB: Poll status
                    DB--)P: pending
                end
                alt accepted
                    P-->>W: OK
                else declined
                    P--xW: Declined
                    Note right of W: shows the<br>error page
                end
                deactivate P
                par Notify
                    W->>U: E-mail receipt
                and Log
                    W->>DB: Write order
                end
                critical Commit
                    DB->>DB: fsync
                option Disk full
                    DB-->>W: Error
                end
                break when the cart is empty
                    W->>U: Nothing to pay
                end
                rect rgb(191, 223, 255)
                opt Coupon
                    U->W: Apply code
                    W-->U: Discount
                end
                end
                Note over U,W: The customer sees the total
                W<<->>P: Reconcile
                W-->>-U: Done
            """;

    /** A Chinese sequence diagram, as the article's readers would write one. */
    public static final String SEQUENCE_ZH = """
            sequenceDiagram
                actor 用户
                participant 模型 as 大模型服务
                用户->>+模型: 提问：什么是反向传播？
                模型->>模型: 检索上下文
                Note left of 用户: 等待回答
                模型-->>-用户: 逐步解释梯度的计算
            """;

    /** {@code n} messages between six participants, with an activation and a block every ten. */
    public static String sequence(int n) {
        StringBuilder s = new StringBuilder("sequenceDiagram\n    autonumber\n");
        String[] who = {"Client", "Gateway", "Auth", "Orders", "Stock", "Billing"};
        for (int i = 0; i < n; i++) {
            if (i % 10 == 0) s.append("    loop batch ").append(i / 10).append('\n');
            String from = who[i % who.length];
            String to = who[(i * 7 + 3) % who.length];
            s.append("    ").append(from).append(i % 3 == 0 ? "->>" : "-->>").append(to).append(": step ").append(i).append(" of the request\n");
            if (i % 10 == 9) s.append("    end\n");
        }
        if (n % 10 != 0) s.append("    end\n");
        return s.toString();
    }

    /** The article's own diagram, read from content/ so the tests follow the published text. */
    public static String article() {
        String md = TestSites.read(TestSites.projectRoot().resolve("content/02-core-concepts.md"));
        int fence = md.indexOf("```mermaid"); // its info string may go on: {#fig:… caption="…"}
        int start = md.indexOf('\n', fence) + 1;
        return md.substring(start, md.indexOf("```", start));
    }
}
