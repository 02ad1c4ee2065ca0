#pragma once
// The checklist of the two seed documents' facts that seed_facts_test.cpp walks: the career card
// (001_e6ca06fccfd53640.txt) and the HowMonk article (000_9ba688bdbcb7fcb6.txt).
#include <string_view>

namespace careerplan::test {

inline constexpr std::string_view k_card = "career-card";
inline constexpr std::string_view k_article = "howmonk-article";
inline constexpr std::string_view k_estimate = "careerplan-estimate";

// Sections of the seeds, as cited by the content.
inline constexpr std::string_view k_path = "Traditional Career Path";
inline constexpr std::string_view k_tracks = "Specialized Career Tracks";
inline constexpr std::string_view k_advancement = "Career Advancement Strategies";
inline constexpr std::string_view k_growth = "Strategies for Growth";
inline constexpr std::string_view k_networking = "Professional Networking";
inline constexpr std::string_view k_brand = "Building Your Brand";
inline constexpr std::string_view k_grow = "How Can You Grow Within Production Support?";
inline constexpr std::string_view k_opportunities = "What Opportunities Can Production Support Lead To?";
inline constexpr std::string_view k_industries = "Can Production Support Skills Transition to Other Industries?";
inline constexpr std::string_view k_mark = "How to Make Your Mark as a Production Support Professional?";
inline constexpr std::string_view k_trends = "What Are the Trends Shaping Production Support Careers?";

enum class Kind { pack, source, skill, cert, stage, track, strategy, transition };

// One fact of a seed: the item that carries it, the source id and section the item must cite
// (empty: not checked), and a phrase its text must hold (case-insensitive; empty: none).
struct Fact {
  std::string_view seed;
  Kind kind;
  std::string_view id;
  std::string_view source;
  std::string_view section;
  std::string_view phrase;
};

// The checklist: one row per fact of the two seeds.
inline constexpr Fact k_facts[] = {
    // --- career card: the role and the traditional path ----------------------------------
    {k_card, Kind::source, "career-card", "", "", "Production Support Engineer: Traditional Career Path"},
    {k_card, Kind::source, "career-card", "", "", "001_e6ca06fccfd53640.txt"},
    {k_card, Kind::pack, "", "", "", "responsible for managing and resolving issues in a production environment"},
    {k_card, Kind::pack, "", "", "", "combines elements of software engineering, systems administration, and customer service"},
    {k_card, Kind::stage, "production-support-engineer", k_card, k_path, "smooth and continuous operations"},
    {k_card, Kind::stage, "bachelors-degree", k_card, k_path, "Bachelor's Degree in Computer Science or Related Field"},
    {k_card, Kind::stage, "bachelors-degree", k_card, k_path, "computer science, information technology, or a related field"},
    {k_card, Kind::stage, "bachelors-degree", k_card, k_path, "foundational knowledge in programming, systems architecture, and network management"},
    {k_card, Kind::stage, "entry-level-it-support", k_card, k_path, "Entry-Level IT Support Role"},
    {k_card, Kind::stage, "entry-level-it-support", k_card, k_path, "problem-solving skills and customer interaction abilities"},
    {k_card, Kind::stage, "entry-level-it-support", k_card, k_path, "setting the stage for a Production Support role"},
    {k_card, Kind::stage, "junior-production-support-engineer", k_card, k_path, "Junior Production Support Engineer"},
    {k_card, Kind::stage, "junior-production-support-engineer", k_card, k_path,
     "assist senior team members in monitoring system performance, troubleshooting issues, and implementing solutions"},
    // --- career card: specialised tracks ----------------------------------------------------
    {k_card, Kind::stage, "production-support-engineer", k_card, k_path, "specialize in various tracks to enhance your career and expertise"},
    {k_card, Kind::track, "application-support", k_card, k_tracks, "Application Support Specialist"},
    {k_card, Kind::track, "application-support", k_card, k_tracks, "application-level issues"},
    {k_card, Kind::track, "application-support", k_card, k_tracks,
     "maintaining and troubleshooting specific applications to ensure they run smoothly and meet user needs"},
    {k_card, Kind::track, "infrastructure-support", k_card, k_tracks, "Infrastructure Support Engineer"},
    {k_card, Kind::track, "infrastructure-support", k_card, k_tracks, "backend infrastructure"},
    {k_card, Kind::track, "infrastructure-support", k_card, k_tracks,
     "hardware and network components of systems, ensuring optimal performance and reliability"},
    // --- career card: advancement -----------------------------------------------------------
    {k_card, Kind::stage, "senior-production-support-engineer", k_card, k_advancement,
     "increasing responsibility and technical expertise, often leading to management or specialized technical roles"},
    {k_card, Kind::stage, "production-support-lead-manager", k_card, k_advancement, "management"},
    {k_card, Kind::strategy, "itil-certification", k_card, k_growth, "Gain Certification in ITIL"},
    {k_card, Kind::strategy, "itil-certification", k_card, k_growth,
     "demonstrate your understanding of IT service management and improve your chances for advancement"},
    {k_card, Kind::cert, "itil-4-foundation", k_card, k_growth, "ITIL"},
    {k_card, Kind::skill, "itsm", "", "", "service management"},
    {k_card, Kind::strategy, "develop-soft-skills", k_card, k_growth, "Develop Soft Skills"},
    {k_card, Kind::strategy, "develop-soft-skills", k_card, k_growth,
     "communication, teamwork, and leadership are crucial for moving into senior or management positions"},
    {k_card, Kind::strategy, "join-professional-organizations", k_card, k_networking, "Join Professional Organizations"},
    {k_card, Kind::strategy, "join-professional-organizations", k_card, k_networking,
     "Association for Computing Machinery (ACM)"},
    {k_card, Kind::strategy, "join-professional-organizations", k_card, k_networking, "networking opportunities and resources"},
    {k_card, Kind::strategy, "participate-online-forums", k_card, k_networking, "Participate in Online Forums"},
    {k_card, Kind::strategy, "participate-online-forums", k_card, k_networking, "Stack Overflow"},
    {k_card, Kind::strategy, "participate-online-forums", k_card, k_networking, "learn from shared experiences"},
    {k_card, Kind::strategy, "create-professional-blog", k_card, k_brand, "Create a Professional Blog"},
    {k_card, Kind::strategy, "create-professional-blog", k_card, k_brand, "establish yourself as a thought leader"},
    {k_card, Kind::strategy, "leverage-linkedin", k_card, k_brand, "Leverage LinkedIn"},
    {k_card, Kind::strategy, "leverage-linkedin", k_card, k_brand,
     "connect with industry professionals and showcase your skills and accomplishments"},
    // --- article: author, framing and key takeaways ---------------------------------------
    {k_article, Kind::source, "howmonk-article", "", "", "Production Support Career Growth: Paths and Tips"},
    {k_article, Kind::source, "howmonk-article", "", "", "Alex Mitch"},
    {k_article, Kind::source, "howmonk-article", "", "", "000_9ba688bdbcb7fcb6.txt"},
    {k_article, Kind::pack, "", "", "", "founder of HowMonk.com with 10+ years in finance and tech"},
    {k_article, Kind::pack, "", "", "", "the cycle of ticket-solving and late-night deployment fixes"},
    {k_article, Kind::pack, "", "", "", "from the reactive realms of production support to proactive career progression"},
    {k_article, Kind::pack, "", "", "", "just a stepping stone"},
    {k_article, Kind::pack, "", "", "", "a launchpad for those looking to deeply comprehend system architecture"},
    {k_article, Kind::pack, "", "", "", "a treasure trove of knowledge, a gym for your problem-solving muscles"},
    {k_article, Kind::pack, "", "", "", "limited only by your ambition"},
    {k_article, Kind::pack, "", "", "", "Keep exploring, stay curious"},
    {k_article, Kind::pack, "", "", "", "remain adaptable, continuously learn, and always look for ways to provide value"},
    {k_article, Kind::pack, "", "", "", "not just keeping up with the trends"},
    {k_article, Kind::pack, "", "", "", "growth is not linear but expansive"},
    {k_article, Kind::pack, "", "", "", "networking for mentorship and sharing best practices"},
    {k_article, Kind::pack, "", "", "", "Adapting to emerging trends like DevOps, AI/ML in incident management, and agile methodologies"},
    {k_article, Kind::stage, "production-support-engineer", "", "", "analyzing patterns, predicting issues, and fine-tuning processes"},
    {k_article, Kind::stage, "production-support-engineer", "", "", "go-to maestro of the production environment"},
    // --- article: How Can You Grow Within Production Support? --------------------------------
    {k_article, Kind::strategy, "hone-technical-expertise", k_article, k_grow, "system logs, code, and infrastructure"},
    {k_article, Kind::strategy, "hone-technical-expertise", k_article, k_grow, "diagnose the root cause swiftly and accurately"},
    {k_article, Kind::strategy, "polish-soft-skills", k_article, k_grow,
     "communicate effectively, manage crises with poise, and problem-solve like Sherlock"},
    {k_article, Kind::strategy, "certifications-continuous-learning", k_article, k_grow,
     "ITIL, CompTIA, or vendor-specific credentials"},
    {k_article, Kind::strategy, "certifications-continuous-learning", k_article, k_grow, "passion for continuous learning"},
    {k_article, Kind::strategy, "seek-mentors", k_article, k_grow, "Seek mentors"},
    {k_article, Kind::strategy, "engage-tech-communities", k_article, k_grow,
     "engage in tech communities to exchange ideas and best practices"},
    {k_article, Kind::strategy, "automation-projects", k_article, k_grow, "automate solutions"},
    {k_article, Kind::strategy, "automation-projects", k_article, k_grow, "showcases your initiative to improve efficiency"},
    {k_article, Kind::cert, "comptia-a-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "comptia-network-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "comptia-security-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "comptia-linux-plus", k_article, k_grow, "CompTIA"},
    {k_article, Kind::cert, "aws-sysops-administrator-associate", k_article, k_grow, "AWS"},
    {k_article, Kind::cert, "azure-administrator-associate", k_article, k_grow, "Azure"},
    {k_article, Kind::cert, "azure-database-administrator-associate", k_article, k_grow, "database"},
    {k_article, Kind::cert, "cisco-ccna", k_article, k_grow, "network"},
    // --- article: What Opportunities Can Production Support Lead To? -----------------------
    {k_article, Kind::track, "database-administration", k_article, k_opportunities, "database administration"},
    {k_article, Kind::track, "network-engineering", k_article, k_opportunities, "network engineering"},
    {k_article, Kind::track, "cybersecurity", k_article, k_opportunities, "cybersecurity"},
    {k_article, Kind::track, "cybersecurity", k_article, k_opportunities, "nuanced understanding of systems"},
    {k_article, Kind::track, "it-operations-leadership", k_article, k_opportunities, "Leadership positions within IT Operations"},
    {k_article, Kind::track, "it-operations-leadership", k_article, k_opportunities,
     "leading a team of sharpshooters in maintaining system health"},
    {k_article, Kind::track, "project-management", k_article, k_opportunities, "Transitioning to Project Management"},
    {k_article, Kind::track, "project-management", k_article, k_opportunities,
     "spearheading projects and driving innovation"},
    // --- article: Can Production Support Skills Transition to Other Industries? ------------
    {k_article, Kind::transition, "troubleshooting-to-it-engineering-healthcare", k_article, k_industries, "Swiss Army knife"},
    {k_article, Kind::transition, "troubleshooting-to-it-engineering-healthcare", k_article, k_industries,
     "Troubleshooting is akin to problem-solving"},
    {k_article, Kind::transition, "critical-thinking-to-finance-law-management", k_article, k_industries,
     "sift through the chaff to find the wheat"},
    {k_article, Kind::transition, "customer-service-to-retail-real-estate", k_article, k_industries,
     "exceptional customer service"},
    {k_article, Kind::transition, "production-support-to-construction-project-management", k_article, k_industries,
     "project management role within the construction industry"},
    {k_article, Kind::transition, "production-support-to-construction-project-management", k_article, k_industries,
     "identify bottlenecks, address client issues promptly, and manage a seamless workflow"},
    // --- article: How to Make Your Mark as a Production Support Professional? ---------------
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "Network Like a Pro"},
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "cross-departmental projects"},
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "professional meetups"},
    {k_article, Kind::strategy, "network-like-a-pro", k_article, k_mark, "coffee chat"},
    {k_article, Kind::strategy, "become-niche-guru", k_article, k_mark, "go-to person"},
    {k_article, Kind::strategy, "become-niche-guru", k_article, k_mark, "positions you as a leader in your field"},
    {k_article, Kind::strategy, "showcase-strategic-value", k_article, k_mark, "analyze the patterns"},
    {k_article, Kind::strategy, "showcase-strategic-value", k_article, k_mark, "reduces incident frequency"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "Jeff"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "recurring glitch that affected customer experience"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "proactive monitoring tool"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "reduced future complaints"},
    {k_article, Kind::strategy, "proactive-monitoring", k_article, k_mark, "well-deserved promotion"},
    // --- article: What Are the Trends Shaping Production Support Careers? -------------------
    {k_article, Kind::strategy, "embrace-devops", k_article, k_trends, "Fuse development with operations"},
    {k_article, Kind::strategy, "embrace-devops", k_article, k_trends,
     "faster deployment, more agile responses, and ultimately, happier customers"},
    {k_article, Kind::strategy, "embrace-devops", k_article, k_trends, "DevOps practices are becoming mainstream"},
    {k_article, Kind::strategy, "ai-ml-incident-management", k_article, k_trends, "predict incidents before they occur"},
    {k_article, Kind::strategy, "ai-ml-incident-management", k_article, k_trends, "considerable edge in the current job market"},
    {k_article, Kind::strategy, "stay-agile", k_article, k_trends, "not just for development teams anymore"},
    {k_article, Kind::strategy, "stay-agile", k_article, k_trends, "enhance collaboration and accelerate issue resolution"},
    {k_article, Kind::strategy, "stay-agile", k_article, k_trends, "transforming work cultures across the globe"},
    {k_article, Kind::strategy, "contribute-open-source", k_article, k_trends, "contributing to open-source projects"},
    {k_article, Kind::strategy, "contribute-open-source", k_article, k_trends, "shining addition to your resume"},
    {k_article, Kind::track, "devops-sre", k_article, k_trends, "Embrace DevOps"},
    {k_article, Kind::track, "ai-incident-management", k_article, k_trends, "AI-driven tools can predict incidents"},
    // --- skills the seeds name ----------------------------------------------------------------
    {k_card, Kind::skill, "programming", "", "", ""},
    {k_card, Kind::skill, "system-architecture", "", "", ""},
    {k_card, Kind::skill, "networking", "", "", ""},
    {k_card, Kind::skill, "problem-solving", "", "", ""},
    {k_card, Kind::skill, "customer-service", "", "", ""},
    {k_card, Kind::skill, "monitoring", "", "", ""},
    {k_card, Kind::skill, "troubleshooting", "", "", ""},
    {k_card, Kind::skill, "application-debugging", "", "", ""},
    {k_card, Kind::skill, "hardware", "", "", ""},
    {k_card, Kind::skill, "communication", "", "", ""},
    {k_card, Kind::skill, "teamwork", "", "", ""},
    {k_card, Kind::skill, "leadership", "", "", ""},
    {k_article, Kind::skill, "logging", "", "", ""},
    {k_article, Kind::skill, "root-cause-analysis", "", "", ""},
    {k_article, Kind::skill, "crisis-management", "", "", ""},
    {k_article, Kind::skill, "automation", "", "", ""},
    {k_article, Kind::skill, "databases", "", "", ""},
    {k_article, Kind::skill, "security", "", "", ""},
    {k_article, Kind::skill, "project-management", "", "", ""},
    {k_article, Kind::skill, "critical-thinking", "", "", ""},
    {k_article, Kind::skill, "devops", "", "", ""},
    {k_article, Kind::skill, "ai-ml-operations", "", "", "predict incidents"},
    {k_article, Kind::skill, "agile", "", "", ""},
    {k_article, Kind::skill, "open-source", "", "", ""},
    {k_article, Kind::skill, "incident-management", "", "", ""},
};

}  // namespace careerplan::test
