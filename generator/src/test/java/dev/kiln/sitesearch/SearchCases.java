package dev.kiln.sitesearch;

/** The queries on the article, each with the section a reader looks for (in the first three results). */
public final class SearchCases {
    public static final String[][] ARTICLE = {
        {"梯度", "03-algorithms.html#3-2-算法步骤详解"},
        {"梯度下降", "03-algorithms.html#3-2-算法步骤详解"},
        {"过拟合", "03-algorithms.html#3-3-算法优缺点"},
        {"投融资", "02-core-concepts.html#2-2-投融资概念"},
        {"大模型", "02-core-concepts.html#2-1-大模型定义"},
        {"反向传播", "04-math-models.html#反向传播"},
        {"AI大模型", "09-faq.html#9-1-什么是ai大模型"},
        {"Adam优化器", "05-practice.html#5-3-代码解读与分析"},
        {"過擬合", "03-algorithms.html#3-3-算法优缺点"},
        {"ＡＩ大模型", "09-faq.html#9-1-什么是ai大模型"},
        {"梯度 下降", "03-algorithms.html#3-2-算法步骤详解"},
        {"\\odot", "04-math-models.html#反向传播"},
        {"relu", "04-math-models.html#反向传播"},
    };

    private SearchCases() {}
}
